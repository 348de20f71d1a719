{{%AUTOESCAPE context="HTML"}}
<h1>[[events.feed.title]]</h1>
<p>[[events.feed.intro]]</p>
{{#NEW_FEED}}
<div class="notice" role="status">
  <p>[[events.feed.new_address]]</p>
  <p><label for="feed_url">[[events.feed.address]]</label><br><input id="feed_url" type="text" readonly size="80" value="{{FEED_URL}}"></p>
  <p>[[events.feed.shown_once]]</p>
</div>
{{/NEW_FEED}}
{{#HAS_FEED}}<p>[[events.feed.exists]]</p>{{/HAS_FEED}}
<form method="post" action="/events/feed" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button">[[events.feed.rotate]]</button>
</form>
<p><a href="/events">[[events.list.title]]</a></p>
