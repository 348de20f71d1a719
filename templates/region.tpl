{{%AUTOESCAPE context="HTML"}}
<h1>{{REGION_NAME}}</h1>
<p>[[region.intro]]</p>
<h2>[[region.municipalities]]</h2>
<ul class="columns">
{{#MUNICIPALITY}}<li>{{NAME}}</li>{{/MUNICIPALITY}}
</ul>
