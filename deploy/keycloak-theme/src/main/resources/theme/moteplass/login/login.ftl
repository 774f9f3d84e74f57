<#-- Username and password, or only the password when step one already asked who you are (usernameHidden); a wrong
     password is shown under the field that is on the page. -->
<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#assign error = messagesPerField.getFirstError('username', 'password')!"">
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username', 'password'); section>
  <#if section = "header">
    ${msg("loginAccountTitle")}
  <#elseif section = "form">
    <#if realm.password>
      <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
        <#if usernameHidden??>
          <@fields.password autofocus=true error=error/>
        <#else>
          <@fields.username error=error/>
          <@fields.password/>
        </#if>
        <#if realm.rememberMe && !usernameHidden??>
          <div class="ds-field moteplass-field">
            <input class="ds-input" type="checkbox" id="rememberMe" name="rememberMe" <#if login.rememberMe??>checked</#if>>
            <label class="ds-label" data-weight="regular" for="rememberMe">${msg("rememberMe")}</label>
          </div>
        </#if>
        <input type="hidden" id="id-hidden-input" name="credentialId" value="${auth.selectedCredential!''}">
        <@fields.submit/>
      </form>
    </#if>
  <#elseif section = "socialProviders">
    <@fields.providers/>
  </#if>
</@layout.registrationLayout>
