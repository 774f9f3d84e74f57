<#-- The page frame of every login page, with the portal's header and footer. Keeps base's macro and its sections
     ("header", "show-username", "form", "socialProviders", "info"), so base pages we do not override fit in too.
     No JavaScript: every choice is a link or a form. -->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<#assign heading><#nested "header"></#assign>
<!DOCTYPE html>
<html lang="${lang}" data-color-scheme="light">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>${heading?markup_string?replace("<[^>]*>", "", "r")?trim} – ${realm.displayName!"Pårørende MØTEPLASS"}</title>
  <#list (properties.styles!"")?split(" ") as style>
    <#if style?has_content><link rel="stylesheet" href="${url.resourcesPath}/${style}"></#if>
  </#list>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#innhold">${msg("moteplassSkipLink")}</a>
<header class="site-header">
  <div class="wrap header-row">
    <span class="brand">Pårørende <span>MØTEPLASS</span></span>
    <#if realm.internationalizationEnabled && locale.supported?size gt 1>
      <#-- Each language named in itself, bokmål first; plain links, so the choice works without JavaScript. -->
      <#assign names = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}>
      <nav class="languages" aria-label="${msg("languages")}">
        <ul>
          <#list ["nb", "nn", "en"] + locale.supported?map(l -> l.languageTag)?filter(t -> !names[t]??) as tag>
            <#list locale.supported?filter(l -> l.languageTag == tag) as l>
              <li><a href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}"
                     <#if l.languageTag == locale.currentLanguageTag>aria-current="true"</#if>>${names[l.languageTag]!l.label}</a></li>
            </#list>
          </#list>
        </ul>
      </nav>
    </#if>
  </div>
</header>
<main id="innhold" tabindex="-1">
  <div class="wrap">
    <h1 class="ds-heading" data-size="lg" id="kc-page-title">${heading}</h1>

    <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
      <#nested "show-username">
      <#-- Who is logging in, as a labelled read-only field, and the way back to choose someone else. -->
      <div class="ds-field moteplass-field" id="kc-username">
        <label class="ds-label" for="kc-attempted-username"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
        <input class="ds-input" id="kc-attempted-username" value="${auth.attemptedUsername}" readonly autocomplete="username" dir="ltr">
        <p><a class="ds-link" id="reset-login" href="${url.loginRestartFlowUrl}">${msg("moteplassOtherUser")}</a></p>
      </div>
    </#if>

    <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
      <#-- role=alert only for problems: an info message is simply part of the page. -->
      <div class="ds-alert moteplass-message" data-color="<#if message.type == 'error'>danger<#else>${message.type}</#if>"
           <#if message.type == 'error' || message.type == 'warning'>role="alert"</#if>>
        <p>${kcSanitize(message.summary)?no_esc}</p>
      </div>
    </#if>

    <#if displayRequiredFields>
      <p class="moteplass-hint">${msg("moteplassRequiredFields")}</p>
    </#if>

    <#nested "form">

    <#if auth?has_content && auth.showTryAnotherWayLink()>
      <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
        <input type="hidden" name="tryAnotherWay" value="on">
        <button class="ds-button" data-variant="tertiary" type="submit">${msg("doTryAnotherWay")}</button>
      </form>
    </#if>

    <#nested "socialProviders">

    <#if displayInfo>
      <div id="kc-info"><#nested "info"></div>
    </#if>
  </div>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${msg("moteplassFooter")}</p>
  </div>
</footer>
</body>
</html>
</#macro>
