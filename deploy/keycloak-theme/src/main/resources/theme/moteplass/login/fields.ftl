<#-- Designsystemet form parts for our pages. Field names and ids are Keycloak's (username, password, kc-login):
     Keycloak reads the names, and tests and password managers find the fields by them. -->

<#-- A labelled input; an error (Keycloak's text for the field) is shown under it, tied to it with aria-describedby,
     and the input takes the focus so the person starts where the problem is. -->
<#macro input name label type="text" autocomplete="" autofocus=false value="" error="">
  <div class="ds-field moteplass-field">
    <label class="ds-label" for="${name}">${label}</label>
    <input class="ds-input" id="${name}" name="${name}" type="${type}" value="${value}" dir="ltr"
           <#if autocomplete?has_content>autocomplete="${autocomplete}"</#if>
           <#if autofocus || error?has_content>autofocus</#if>
           <#if error?has_content>aria-invalid="true" aria-describedby="input-error-${name}"</#if>>
    <#if error?has_content>
      <p class="ds-validation-message" data-field="validation" id="input-error-${name}">${kcSanitize(error)?no_esc}</p>
    </#if>
  </div>
</#macro>

<#-- The label realm settings give the username field. -->
<#function usernameLabel>
  <#if !realm.loginWithEmailAllowed><#return msg("username")>
  <#elseif !realm.registrationEmailAsUsername><#return msg("usernameOrEmail")>
  <#else><#return msg("email")>
  </#if>
</#function>

<#macro username error="">
  <@input name="username" label=usernameLabel() autocomplete="username" autofocus=true value=(login.username!'') error=error/>
</#macro>

<#macro password autofocus=false error="">
  <@input name="password" label=msg("password") type="password" autocomplete="current-password" autofocus=autofocus
          error=error/>
  <#if realm.resetPasswordAllowed>
    <p><a class="ds-link" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
  </#if>
</#macro>

<#-- The submit button keeps Keycloak's name and id. -->
<#macro submit label=msg("doLogIn")>
  <div class="moteplass-actions">
    <button class="ds-button" id="kc-login" name="login" type="submit">${label}</button>
  </div>
</#macro>

<#-- Identity providers (a health trust's own login) as plain links: each starts a brokered login. -->
<#macro providers>
  <#if realm.password && social?? && social.providers?has_content>
    <section class="moteplass-providers" aria-labelledby="kc-providers-heading" id="kc-social-providers">
      <h2 class="ds-heading" data-size="xs" id="kc-providers-heading">${msg("identity-provider-login-label")}</h2>
      <ul class="moteplass-plain-list">
        <#list social.providers as p>
          <li><a class="ds-button" data-variant="secondary" id="social-${p.alias}" href="${p.loginUrl}">${p.displayName!p.alias}</a></li>
        </#list>
      </ul>
    </section>
  </#if>
</#macro>
