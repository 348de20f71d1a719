{{%AUTOESCAPE context="HTML"}}
<h1>[[national.title]]</h1>
<p>[[national.intro]]</p>
<div class="table-wrap">
<table class="table">
  <caption>[[national.caption]]</caption>
  <thead><tr><th scope="col">[[national.region]]</th><th scope="col" class="num">[[national.municipalities]]</th><th scope="col" class="num">[[national.users]]</th></tr></thead>
  <tbody>
  {{#REGION}}<tr><td>{{NAME}}</td><td class="num">{{MUNICIPALITIES}}</td><td class="num">{{USERS}}</td></tr>{{/REGION}}
  </tbody>
</table>
</div>
