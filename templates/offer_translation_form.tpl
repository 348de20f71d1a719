{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.translation.title]]: {{LANGUAGE_NAME}}</h1>
<p>[[offers.translation.source]]: <a href="/offers/{{ID}}" lang="de">{{OFFER_TITLE}}</a></p>
<p class="pre" lang="de">{{SOURCE_DESCRIPTION}}</p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/offers/{{ID}}/translations/{{LANGUAGE}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="title">[[offers.offer.title_field]]</label>
    <input id="title" name="title" type="text" value="{{T_TITLE}}" autocomplete="off" lang="{{LANGUAGE}}" dir="{{DIR}}"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_ERROR}}>
    {{#TITLE_ERROR}}<p class="field-error" id="title-error">{{MESSAGE}}</p>{{/TITLE_ERROR}}
  </div>
  <div class="field">
    <label for="description">[[offers.offer.description]]</label>
    <textarea id="description" name="description" rows="8" lang="{{LANGUAGE}}" dir="{{DIR}}"{{#DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>{{T_DESCRIPTION}}</textarea>
    {{#DESCRIPTION_ERROR}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
  </div>
  <button type="submit" class="button">[[common.save]]</button>
  <a href="/offers/{{ID}}">[[common.cancel]]</a>
</form>
{{#MAY_DELETE}}<form method="post" action="/offers/{{ID}}/translations/{{LANGUAGE}}/delete" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--quiet">[[offers.translation.delete]]</button>
</form>{{/MAY_DELETE}}
