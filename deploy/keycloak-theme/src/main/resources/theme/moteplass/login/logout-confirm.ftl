<#-- Reached when something sends the browser to Keycloak's logout without proof of who sent it: ask first. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
  <#if section = "header">
    ${msg("logoutConfirmTitle")}
  <#elseif section = "form">
    <div id="kc-logout-confirm">
      <p>${msg("logoutConfirmHeader")}</p>
      <form action="${url.logoutConfirmAction}" method="post">
        <input type="hidden" name="session_code" value="${logoutConfirm.code}">
        <div class="moteplass-actions">
          <button class="ds-button" name="confirmLogout" id="kc-logout" type="submit">${msg("doLogout")}</button>
        </div>
      </form>
      <#if !logoutConfirm.skipLink && (client.baseUrl)?has_content>
        <p><a class="ds-link" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
      </#if>
    </div>
  </#if>
</@layout.registrationLayout>
