<#-- Step one when the realm has organisations: who are you? (A partner's staff may then be sent to their own login.) -->
<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username'); section>
  <#if section = "header">
    ${msg("loginAccountTitle")}
  <#elseif section = "form">
    <#if realm.password>
      <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
        <@fields.username error=messagesPerField.getFirstError('username')/>
        <@fields.submit label=msg("moteplassNext")/>
      </form>
    </#if>
  <#elseif section = "socialProviders">
    <@fields.providers/>
  </#if>
</@layout.registrationLayout>
