<#-- Keycloak could not go on (an unknown application, a broken link, an expired login): say what happened and,
     where Keycloak knows it, the way back. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    ${msg("errorTitle")}
  <#elseif section = "form">
    <div class="ds-alert moteplass-message" data-color="danger" id="kc-error-message">
      <p>${kcSanitize(message.summary)?no_esc}</p>
    </div>
    <#if traceId??>
      <p id="traceId">${msg("traceIdSupportMessage", traceId)}</p>
    </#if>
    <#if !skipLink?? && client?? && client.baseUrl?has_content>
      <p><a class="ds-link" id="backToApplication" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
    </#if>
  </#if>
</@layout.registrationLayout>
