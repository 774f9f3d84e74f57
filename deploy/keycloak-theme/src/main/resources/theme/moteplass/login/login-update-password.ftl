<#-- A new password, asked for when an administrator gave a temporary one (a new member of staff) or demands a change. -->
<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password', 'password-confirm'); section>
  <#if section = "header">
    ${msg("updatePasswordTitle")}
  <#elseif section = "form">
    <form id="kc-passwd-update-form" action="${url.loginAction}" method="post" novalidate>
      <@fields.input name="password-new" label=msg("passwordNew") type="password" autocomplete="new-password"
              autofocus=true error=messagesPerField.getFirstError('password')!""/>
      <@fields.input name="password-confirm" label=msg("passwordConfirm") type="password" autocomplete="new-password"
              error=messagesPerField.getFirstError('password-confirm')!""/>
      <div class="ds-field moteplass-field">
        <input class="ds-input" type="checkbox" id="logout-sessions" name="logout-sessions" value="on">
        <label class="ds-label" data-weight="regular" for="logout-sessions">${msg("logoutOtherSessions")}</label>
      </div>
      <div class="moteplass-actions">
        <button class="ds-button" id="kc-login" name="login" type="submit">${msg("moteplassSavePassword")}</button>
        <#if isAppInitiatedAction??>
          <button class="ds-button" data-variant="secondary" type="submit" name="cancel-aia" value="true">${msg("doCancel")}</button>
        </#if>
      </div>
    </form>
  </#if>
</@layout.registrationLayout>
