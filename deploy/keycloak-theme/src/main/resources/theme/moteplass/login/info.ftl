<#-- A message and, if there is one, the next step: after logging out, after an action, or what must be done first.
     Without a header of its own the message is the heading, and is not repeated below it. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
  <#if section = "header">
    <#if messageHeader??>${kcSanitize(msg("${messageHeader}"))?no_esc}<#else>${message.summary}</#if>
  <#elseif section = "form">
    <div id="kc-info-message">
      <#if messageHeader?? || requiredActions??>
        <p><#if messageHeader??>${message.summary}</#if><#if requiredActions??><#list requiredActions><#if messageHeader??>: </#if><strong><#items as action>${kcSanitize(msg("requiredAction.${action}"))?no_esc}<#sep>, </#items></strong></#list></#if></p>
      </#if>
      <#if !skipLink??>
        <#if pageRedirectUri?has_content>
          <p><a class="ds-link" href="${pageRedirectUri}">${msg("backToApplication")}</a></p>
        <#elseif actionUri?has_content>
          <p><a class="ds-button" href="${actionUri}">${msg("proceedWithAction")}</a></p>
        <#elseif (client.baseUrl)?has_content>
          <p><a class="ds-link" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
        </#if>
      </#if>
    </div>
  </#if>
</@layout.registrationLayout>
