{{%AUTOESCAPE context="HTML"}}
<h1>[[users.title]]</h1>
<p><a class="button" href="/admin/users/new">[[users.new]]</a></p>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[users.title]]</caption>
  <thead><tr><th scope="col">[[users.name]]</th><th scope="col">[[users.email]]</th><th scope="col">[[users.role]]</th><th scope="col">[[users.status]]</th></tr></thead>
  <tbody>
  {{#USER}}<tr><td><a href="/admin/users/{{ID}}">{{NAME}}</a></td><td>{{EMAIL}}</td><td>{{ROLE}}</td><td>{{STATUS}}</td></tr>{{/USER}}
  </tbody>
</table>
</div>
