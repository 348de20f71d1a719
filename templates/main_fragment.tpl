{{%AUTOESCAPE context="HTML"}}
<title>{{TITLE}} – [[app.name]]</title>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>{{/NOTICE}}
{{>CONTENT}}
