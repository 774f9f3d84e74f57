<#-- The password step of a flow that asks for the username on a page of its own (the template shows who it is for). -->
<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password'); section>
  <#if section = "header">
    ${msg("loginAccountTitle")}
  <#elseif section = "form">
    <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
      <@fields.password autofocus=true error=messagesPerField.getFirstError('password')!""/>
      <@fields.submit/>
    </form>
  </#if>
</@layout.registrationLayout>
