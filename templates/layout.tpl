{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}" dir="{{DIR}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'>
<title>{{TITLE}} – [[app.name]]</title>
<link rel="stylesheet" href="/static/css/app.css">
<script src="/static/vendor/htmx.min.js" defer></script>
<script src="/static/js/app.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">[[layout.skip_to_content]]</a>
<header class="site-header">
  <div class="site-header__bar">
    <p class="brand"><a href="/">[[app.name]]</a>{{#SIGNED_IN}}{{#REGION}}<span class="brand__region">{{REGION_NAME}}</span>{{/REGION}}{{/SIGNED_IN}}</p>
    <form class="lang-switch" method="post" action="/language">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <input type="hidden" name="language" value="{{OTHER_LANG}}">
      <input type="hidden" name="next" value="{{CURRENT_PATH}}">
      <button type="submit" class="button button--quiet" lang="{{OTHER_LANG}}">{{OTHER_LANG_NAME}}</button>
    </form>
    {{#SIGNED_IN}}
    <div class="user-menu">
      <a href="/account" class="user-menu__name">{{USER_NAME}} <span class="user-menu__role">({{ROLE_NAME}})</span></a>
      <form method="post" action="/logout">
        <input type="hidden" name="_csrf" value="{{CSRF}}">
        <button type="submit" class="button button--quiet">[[layout.logout]]</button>
      </form>
    </div>
    {{/SIGNED_IN}}
  </div>
  {{#SIGNED_IN}}
  <nav class="main-nav" aria-label="[[nav.label]]">
    <ul>
      {{#NAV}}<li>{{#LINK}}<a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a>{{/LINK}}{{#SOON}}<span class="main-nav__soon">{{LABEL}} <small>[[nav.soon]]</small></span>{{/SOON}}</li>{{/NAV}}
    </ul>
  </nav>
  {{/SIGNED_IN}}
</header>
<main id="main" tabindex="-1">
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/NOTICE}}
{{>CONTENT}}
</main>
<footer class="site-footer">
  <p>[[footer.text]]</p>
</footer>
</body>
</html>
