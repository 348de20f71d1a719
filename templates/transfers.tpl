{{%AUTOESCAPE context="HTML"}}
<h1>[[register.transfers.title]]</h1>
<p>[[register.transfers.intro]] <a href="/networks">[[register.networks.title]]</a></p>
{{#MAY_CREATE}}<p><a class="button" href="/transfers/new">[[register.transfer.new_title]]</a></p>{{/MAY_CREATE}}
{{#EMPTY}}<p>[[register.network.no_transfers]]</p>{{/EMPTY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[register.transfers.title]]</caption>
  <thead><tr><th scope="col">[[register.transfer.date]]</th><th scope="col">[[register.transfer.topic]]</th><th scope="col">[[register.transfer.from_label]]</th><th scope="col">[[register.transfer.to_label]]</th><th scope="col">[[register.transfer.result]]</th></tr></thead>
  <tbody>
  {{#TRANSFER}}<tr><td>{{DATE}}</td><td>{{#MAY_EDIT}}<a href="/transfers/{{ID}}/edit">{{/MAY_EDIT}}{{TOPIC}}{{#MAY_EDIT}}</a>{{/MAY_EDIT}}</td><td>{{#FROM}}{{#LINK}}<a href="/networks/{{NETWORK_ID}}">{{/LINK}}{{LABEL}}{{#LINK}}</a>{{/LINK}}{{/FROM}}</td><td>{{#TO}}{{#LINK}}<a href="/networks/{{NETWORK_ID}}">{{/LINK}}{{LABEL}}{{#LINK}}</a>{{/LINK}}{{/TO}}</td><td>{{RESULT}}</td></tr>{{/TRANSFER}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="[[register.pages]]">
  {{#PREV}}<a href="{{HREF}}" rel="prev">[[register.prev]]</a>{{/PREV}}
  <span>{{PAGE_INFO}}</span>
  {{#NEXT}}<a href="{{HREF}}" rel="next">[[register.next]]</a>{{/NEXT}}
</nav>
