<#-- The browser came back to a step of the login that is no longer current (the back button, an old tab). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
  <#if section = "header">
    ${msg("pageExpiredTitle")}
  <#elseif section = "form">
    <p id="instruction1">${msg("moteplassPageExpired")}</p>
    <ul class="moteplass-plain-list moteplass-choices">
      <li><a class="ds-button" id="loginContinueLink" href="${url.loginAction}">${msg("moteplassPageExpiredContinue")}</a></li>
      <li><a class="ds-button" data-variant="secondary" id="loginRestartLink" href="${url.loginRestartFlowUrl}">${msg("moteplassPageExpiredRestart")}</a></li>
    </ul>
  </#if>
</@layout.registrationLayout>
