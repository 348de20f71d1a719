#!/usr/bin/env python3
"""Contract test of the JSON API against docs/openapi.yaml.

Starts the real binary (`brueckenbauer serve --port 0`) on a fresh SQLite database holding the
demo region, creates API tokens with `brueckenbauer user token`, drives a scenario that calls every
operation of the file (successes and the typical errors) and validates every answer against the
schema the file gives for that path, method and status (JSON Schema 2020-12, python3-jsonschema).

Also checks that the routes registered in src/web/api/*.cpp and the operations in the file are the
same set, that each answer's status is documented for its operation, and that every documented
(operation, status) pair was exercised (except those listed in NOT_EXERCISED, with the reason).

Usage: api_contract.py --binary build/dev/src/cli/brueckenbauer --source-dir . [--spec docs/openapi.yaml]
Exit code 0 when everything matches; otherwise every mismatch is printed, naming the operation,
the status and the JSON path.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import yaml

METHODS = ("get", "post", "put", "patch", "delete")
MAX_ERRORS_PER_ANSWER = 5

# Documented statuses the scenario does not provoke, with the reason. Keep this short.
NOT_EXERCISED = {
}


# ----- the spec -----

def resolve(node, root, seen=()):
    """Inlines every local $ref (the file has no recursive references)."""
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError("only local references are supported: " + ref)
            if ref in seen:
                raise ValueError("recursive reference: " + ref)
            target = root
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            merged = dict(resolve(target, root, seen + (ref,)))
            for k, v in node.items():  # siblings of $ref (3.1 allows them)
                if k != "$ref":
                    merged[k] = resolve(v, root, seen)
            return merged
        return {k: resolve(v, root, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(v, root, seen) for v in node]
    return node


class Spec:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.raw = yaml.safe_load(f)
        self.doc = resolve(self.raw, self.raw)
        self.operations = {}  # (METHOD, template) -> operation
        self.matchers = []  # (regex, template)
        for template, item in self.doc["paths"].items():
            for method in METHODS:
                if method in item:
                    self.operations[(method.upper(), template)] = item[method]
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", r"[^/]+", re.escape(template)) + "$"
            self.matchers.append((re.compile(pattern), template))
        # Static paths win over templated ones.
        self.matchers.sort(key=lambda m: m[1].count("{"))

    def template_of(self, path):
        for regex, template in self.matchers:
            if regex.match(path):
                return template
        return None

    def op_name(self, method, template):
        op = self.operations.get((method, template))
        oid = op.get("operationId", "?") if op else "?"
        return f"{method} {template} ({oid})"


NOT_JSON = object()


def schema_for(op, status):
    response = op.get("responses", {}).get(str(status))
    if response is None:
        return None, False
    content = response.get("content")
    if not content:
        return None, True
    media = content.get("application/json")
    if media is None:
        return NOT_JSON, True  # a file download (GraphML, GEXF): its type is checked, not its body
    return media.get("schema", {}), True


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


# ----- the routes in the code -----

ROUTE_RES = [
    re.compile(r'routes\.(get|post)\(\s*"(/api/v1[^"]*)"'),
    re.compile(r'routes\.add\(\s*(?:http::)?Method::(\w+?)_?,\s*"(/api/v1[^"]*)"'),
]


def routes_in_code(source_dir):
    found = set()
    api_dir = os.path.join(source_dir, "src", "web", "api")
    for name in sorted(os.listdir(api_dir)):
        if not name.endswith(".cpp"):
            continue
        with open(os.path.join(api_dir, name), encoding="utf-8") as f:
            text = f.read()
        for regex in ROUTE_RES:
            for method, path in regex.findall(text):
                found.add((method.upper(), re.sub(r"\{(\w+):\w+\}", r"{\1}", path)))
    return found


# ----- the server -----

class Server:
    def __init__(self, binary, workdir, share_dir=None):
        self.binary = binary
        self.share_dir = share_dir
        self.db = "sqlite:" + os.path.join(workdir, "contract.db")
        self.proc = None
        self.port = None

    def cli(self, *args, stdin=None):
        res = subprocess.run([self.binary, "--db", self.db, *args], input=stdin, capture_output=True, text=True,
                             timeout=120)
        if res.returncode != 0:
            raise RuntimeError(f"brueckenbauer {' '.join(args)} failed ({res.returncode}): {res.stdout}{res.stderr}")
        return res.stdout

    def start(self):
        extra = ["--share-dir", self.share_dir] if self.share_dir else []
        self.proc = subprocess.Popen([self.binary, "--db", self.db, "serve", "--port", "0", "--quiet", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 60
        output = ""
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            output += line
            m = re.search(r"running on http://127\.0\.0\.1:(\d+)/", line)
            if m:
                self.port = int(m.group(1))
                return
        self.stop()
        raise RuntimeError("the server did not start: " + output)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# ----- the checker -----

class Checker:
    def __init__(self, spec, port):
        self.spec = spec
        self.base = f"http://127.0.0.1:{port}"
        self.failures = []
        self.covered = set()  # (METHOD, template, status)
        self.calls = 0

    def fail(self, message):
        self.failures.append(message)

    def call(self, method, path, token=None, body=None, raw=None, expect=None, cookie=None):
        """Sends a request, validates the answer against the file; returns (status, parsed body)."""
        data = None
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        if cookie:
            headers["Cookie"] = cookie
        if raw is not None:
            data = raw.encode()
        elif body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=30) as res:
                status, text, ctype = res.status, res.read().decode(errors="replace"), res.headers.get("Content-Type", "")
                location = res.headers.get("Location")
        except urllib.error.HTTPError as e:
            status, text, ctype = e.code, e.read().decode(), e.headers.get("Content-Type", "")
            location = e.headers.get("Location")
        self.calls += 1
        parsed = None
        if text:
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
        self.validate(method, path, status, text, ctype, parsed, location)
        if expect is not None and status != expect:
            template = self.spec.template_of(path.split("?")[0])
            self.fail(f"{self.spec.op_name(method, template)}: the scenario expected {expect}, got {status}: "
                      f"{text[:300]}")
        return status, parsed

    def validate(self, method, path, status, text, ctype, parsed, location=None):
        template = self.spec.template_of(path.split("?")[0])
        where = f"{method} {path}"
        if template is None or (method, template) not in self.spec.operations:
            self.fail(f"{where}: no operation in the file for this path and method (status {status})")
            return
        name = self.spec.op_name(method, template)
        op = self.spec.operations[(method, template)]
        schema, documented = schema_for(op, status)
        if not documented:
            self.fail(f"{name}: status {status} is not documented (called as {where}); body: {text[:300]}")
            return
        self.covered.add((method, template, status))
        if schema is NOT_JSON:
            media = [m for m in op["responses"][str(status)]["content"]]
            if not any(ctype.startswith(m) for m in media):
                self.fail(f"{name}: status {status}: Content-Type is {ctype!r}, not one of {media}")
            return
        if schema is None:
            if text:
                self.fail(f"{name}: status {status} is documented without a body, got: {text[:300]}")
            return
        if not ctype.startswith("application/json"):
            self.fail(f"{name}: status {status}: Content-Type is {ctype!r}, not application/json")
        if parsed is None and text != "null":
            self.fail(f"{name}: status {status}: the body is not JSON: {text[:300]}")
            return
        validator = jsonschema.Draft202012Validator(schema)
        errors = sorted(validator.iter_errors(parsed), key=lambda e: [str(p) for p in e.absolute_path])
        for error in errors[:MAX_ERRORS_PER_ANSWER]:
            text_of = error.message if not error.context else f"matches none of the {error.validator} alternatives"
            message = f"{name}: status {status}: at {json_path(error)}: {text_of}"
            # oneOf/anyOf: say why each alternative failed (the first few mismatches of each)
            shown = {}
            for sub in sorted(error.context or [], key=lambda e: list(e.schema_path)):
                branch = sub.schema_path[0]
                shown[branch] = shown.get(branch, 0) + 1
                if shown[branch] <= 3:
                    message += f"\n    alternative {branch}: at {json_path(sub)}: {sub.message}"
            self.fail(message + f" (called as {where})")
        if len(errors) > MAX_ERRORS_PER_ANSWER:
            self.fail(f"{name}: status {status}: ... and {len(errors) - MAX_ERRORS_PER_ANSWER} more mismatches "
                      f"in the same answer (called as {where})")
        if status == 201 and isinstance(parsed, dict):
            expected = path.split("?")[0].rstrip("/") + "/" + str(parsed.get("id"))
            # A topic's follow-up creates a transfer: Location names the transfer.
            if template == "/api/v1/events/{id}/topics/{topic_id}/transfer":
                expected = "/api/v1/transfers/" + str(parsed.get("transfer_id"))
            # A speed-dating participant (youth or company; their ids overlap) has no address of
            # its own: Location names the participants list it now appears in.
            if template == "/api/v1/events/{id}/speeddating/participants":
                expected = path.split("?")[0]
            if template != "/api/v1/me/tokens" and location != expected:
                self.fail(f"{name}: status 201: Location is {location!r}, expected {expected!r}")


# ----- the scenario -----

def browser_session(port, email, password):
    """Signs in through the login form like a browser; returns the Cookie header of the session."""
    import http.client
    import re
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/login")
    res = conn.getresponse()
    page = res.read().decode()
    anon = "; ".join(c.split(";")[0] for c in res.headers.get_all("Set-Cookie") or [])
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"_csrf": csrf, "email": email, "password": password})
    conn.request("POST", "/login", body=form,
                 headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": anon})
    res = conn.getresponse()
    res.read()
    session = [c.split(";")[0] for c in res.headers.get_all("Set-Cookie") or [] if c.startswith("bb_session=")]
    if res.status != 303 or not session:
        raise RuntimeError(f"login through the form failed: {res.status}")
    return session[0]


def scenario(c, tokens):
    admin, staff, counsellor, partner, national = (tokens[k] for k in
                                                   ("admin", "staff", "counsellor", "partner", "national"))
    missing = 999999
    bad = "bbt_" + "0" * 40  # a token that does not exist

    def idof(record):
        return record["id"] if isinstance(record, dict) and isinstance(record.get("id"), int) else missing

    # account and administration
    c.call("GET", "/api/v1/me", admin, expect=200)
    c.call("GET", "/api/v1/me", national, expect=200)
    c.call("GET", "/api/v1/me", expect=401)
    c.call("GET", "/api/v1/me", "bbt_unknown", expect=401)
    _, region = c.call("GET", "/api/v1/region", admin, expect=200)
    c.call("GET", "/api/v1/region", national, expect=403)
    c.call("GET", "/api/v1/region", expect=401)
    c.call("GET", "/api/v1/regions", national, expect=200)
    c.call("GET", "/api/v1/regions", admin, expect=403)
    c.call("GET", "/api/v1/regions", expect=401)

    c.call("GET", "/api/v1/users", admin, expect=200)
    c.call("GET", "/api/v1/users", staff, expect=403)
    c.call("GET", "/api/v1/users", expect=401)
    new_user = {"email": "vertrag@example.org", "display_name": "Vertrag", "role": "staff",
                "password": "ein sehr langes passwort"}
    _, user = c.call("POST", "/api/v1/users", admin, new_user, expect=201)
    c.call("POST", "/api/v1/users", admin, raw="{nicht json", expect=400)
    c.call("POST", "/api/v1/users", admin, {"email": "kaputt", "role": "staff", "password": "kurz"}, expect=422)
    c.call("POST", "/api/v1/users", staff, new_user, expect=403)
    c.call("POST", "/api/v1/users", bad, new_user, expect=401)
    c.call("POST", "/api/v1/users", None, new_user, expect=401)  # no credentials at all
    uid = idof(user)
    c.call("GET", f"/api/v1/users/{uid}", admin, expect=200)
    c.call("GET", f"/api/v1/users/{missing}", admin, expect=404)
    c.call("GET", f"/api/v1/users/{uid}", staff, expect=403)
    c.call("GET", f"/api/v1/users/{uid}", expect=401)
    c.call("PATCH", f"/api/v1/users/{uid}", admin, {"display_name": "Vertrag geändert"}, expect=200)
    c.call("PATCH", f"/api/v1/users/{uid}", admin, raw="[1]", expect=400)
    c.call("PATCH", f"/api/v1/users/{missing}", admin, {"display_name": "x"}, expect=404)
    _, me = c.call("GET", "/api/v1/me", admin)
    c.call("PATCH", f"/api/v1/users/{idof(me)}", admin, {"role": "staff"}, expect=409)
    c.call("PATCH", f"/api/v1/users/{uid}", admin, {"active": "ja"}, expect=422)
    c.call("PATCH", f"/api/v1/users/{uid}", staff, {"display_name": "x"}, expect=403)
    c.call("PATCH", f"/api/v1/users/{uid}", bad, {"display_name": "x"}, expect=401)
    c.call("PATCH", f"/api/v1/users/{uid}", None, {"display_name": "x"}, expect=401)  # no credentials at all

    c.call("GET", "/api/v1/audit?limit=5", admin, expect=200)
    c.call("GET", "/api/v1/audit?limit=abc", admin, expect=422)
    c.call("GET", "/api/v1/audit", staff, expect=403)
    c.call("GET", "/api/v1/audit", expect=401)

    _, token = c.call("POST", "/api/v1/me/tokens", staff, {"name": "Skript"}, expect=201)
    c.call("POST", "/api/v1/me/tokens", staff, raw="kaputt", expect=400)
    c.call("POST", "/api/v1/me/tokens", staff, {"name": " "}, expect=422)
    c.call("POST", "/api/v1/me/tokens", bad, {"name": "x"}, expect=401)
    c.call("POST", "/api/v1/me/tokens", None, {"name": "x"}, expect=401)  # no credentials at all
    # A browser session without the X-CSRF-Token header: refused before anything is written.
    c.call("POST", "/api/v1/me/tokens", None, {"name": "x"}, cookie=tokens["session_cookie"], expect=403)
    c.call("GET", "/api/v1/me/tokens", staff, expect=200)
    c.call("GET", "/api/v1/me/tokens", expect=401)
    c.call("DELETE", f"/api/v1/me/tokens/{idof(token)}", staff, expect=204)
    c.call("GET", "/api/v1/me/tokens", staff, expect=200)  # now with a revoked token
    c.call("DELETE", f"/api/v1/me/tokens/{missing}", staff, expect=404)
    c.call("DELETE", f"/api/v1/me/tokens/{missing}", bad, expect=401)
    c.call("DELETE", f"/api/v1/me/tokens/{missing}", expect=401)  # no credentials at all
    c.call("DELETE", f"/api/v1/me/tokens/{missing}", cookie=tokens["session_cookie"], expect=403)  # no CSRF header

    # organisations
    _, orgs = c.call("GET", "/api/v1/organisations?limit=20&sort=name&order=desc", admin, expect=200)
    c.call("GET", "/api/v1/organisations?q=muller&migrant_led=1&active=1", counsellor, expect=200)
    c.call("GET", "/api/v1/organisations?limit=0", admin, expect=422)
    c.call("GET", "/api/v1/organisations?network_id=1&as_of=gestern", admin, expect=422)
    c.call("GET", "/api/v1/organisations", national, expect=403)
    c.call("GET", "/api/v1/organisations", expect=401)
    _, types = c.call("GET", "/api/v1/organisation-types", partner, expect=200)
    if types and not any(t["key"] == "company" and t["builtin"] for t in types["items"]):
        c.fail("GET /api/v1/organisation-types: the built-in type company is missing")
    c.call("GET", "/api/v1/organisation-types", national, expect=403)
    c.call("GET", "/api/v1/organisation-types", expect=401)
    some_type = orgs["items"][0]["type"] if orgs and orgs["items"] else "company"
    municipality = region["municipalities"][0]["id"] if region else None
    org_body = {"name": "Vertragstest GmbH", "type": some_type, "municipality_id": municipality,
                "languages": ["de", "tr"], "tags": ["test"], "size": "small", "sector": "Handel",
                "migrant_led": True, "may_train": True, "trains_now": False}
    _, org = c.call("POST", "/api/v1/organisations", staff, org_body, expect=201)
    _, org2 = c.call("POST", "/api/v1/organisations", admin, dict(org_body, name="Zweiter Betrieb", size=None),
                     expect=201)
    _, org3 = c.call("POST", "/api/v1/organisations", admin, dict(org_body, name="Dritter Betrieb"), expect=201)
    c.call("POST", "/api/v1/organisations", admin, raw="{", expect=400)
    c.call("POST", "/api/v1/organisations", admin, {"name": "", "type": some_type}, expect=422)
    c.call("POST", "/api/v1/organisations", counsellor, org_body, expect=403)
    c.call("POST", "/api/v1/organisations", bad, org_body, expect=401)
    c.call("POST", "/api/v1/organisations", None, org_body, expect=401)  # no credentials at all
    oid, oid2, oid3 = (idof(o) for o in (org, org2, org3))
    c.call("GET", f"/api/v1/organisations/{oid}", partner, expect=200)
    c.call("GET", f"/api/v1/organisations/{missing}", admin, expect=404)
    c.call("GET", f"/api/v1/organisations/{oid}", national, expect=403)
    c.call("GET", f"/api/v1/organisations/{oid}", expect=401)
    c.call("PATCH", f"/api/v1/organisations/{oid}", staff, {"notes": "geändert", "size": None}, expect=200)
    c.call("PATCH", f"/api/v1/organisations/{oid}", staff, raw="nein", expect=400)
    c.call("PATCH", f"/api/v1/organisations/{missing}", staff, {"notes": "x"}, expect=404)
    c.call("PATCH", f"/api/v1/organisations/{oid}", staff, {"active": "ja"}, expect=422)
    c.call("PATCH", f"/api/v1/organisations/{oid}", partner, {"notes": "x"}, expect=403)
    # a partner edits their own organisation and its contacts
    _, own = c.call("GET", "/api/v1/organisations?q=Handwerkskammer%20Hannover", partner, expect=200)
    own_id = idof(own["items"][0]) if own and own.get("items") else missing
    c.call("PATCH", f"/api/v1/organisations/{own_id}", partner, {"phone": "0511 348590"}, expect=200)
    _, own_contact = c.call("POST", "/api/v1/contacts", partner, {"organisation_id": own_id, "name": "Partnerkontakt",
                                                                   "data_basis": "legitimate_interest"}, expect=201)
    c.call("DELETE", f"/api/v1/contacts/{idof(own_contact)}", partner, expect=204)
    c.call("PATCH", f"/api/v1/organisations/{oid}", bad, {"notes": "x"}, expect=401)
    c.call("PATCH", f"/api/v1/organisations/{oid}", None, {"notes": "x"}, expect=401)  # no credentials at all

    # networks
    c.call("GET", "/api/v1/networks?limit=5&sort=name", counsellor, expect=200)
    c.call("GET", "/api/v1/networks?focus=migration&status=active", admin, expect=200)
    c.call("GET", "/api/v1/networks?focus=irgendwas", admin, expect=422)
    c.call("GET", "/api/v1/networks", national, expect=403)
    c.call("GET", "/api/v1/networks", expect=401)
    net_body = {"name": "Vertragsnetz", "focus": "thematic", "goals": "Prüfen", "meeting_rhythm": "monthly",
                "meeting_format": "hybrid", "channels": ["email_list", "video_calls"], "work_forms": "Treffen",
                "lead_organisation_id": oid, "municipality_ids": [municipality] if municipality else [],
                "status": "active", "started_on": "2024-01-15"}
    _, net = c.call("POST", "/api/v1/networks", staff, net_body, expect=201)
    _, net2 = c.call("POST", "/api/v1/networks", admin, {"name": "Leeres Netz"}, expect=201)
    c.call("POST", "/api/v1/networks", admin, raw="", expect=400)
    c.call("POST", "/api/v1/networks", admin, {"name": "x", "focus": "irgendwas"}, expect=422)
    c.call("POST", "/api/v1/networks", partner, net_body, expect=403)
    c.call("POST", "/api/v1/networks", bad, net_body, expect=401)
    c.call("POST", "/api/v1/networks", None, net_body, expect=401)  # no credentials at all
    nid, nid2 = (idof(n) for n in (net, net2))
    c.call("GET", f"/api/v1/networks/{nid}", counsellor, expect=200)
    c.call("GET", f"/api/v1/networks/{missing}", admin, expect=404)
    c.call("GET", f"/api/v1/networks/{nid}", national, expect=403)
    c.call("GET", f"/api/v1/networks/{nid}", expect=401)
    c.call("PATCH", f"/api/v1/networks/{nid}", staff, {"status": "dormant", "status_since": "2025-03-01",
                                                       "lead_organisation_id": None}, expect=200)
    c.call("PATCH", f"/api/v1/networks/{nid}", staff, raw="1", expect=400)
    c.call("PATCH", f"/api/v1/networks/{missing}", staff, {"goals": "x"}, expect=404)
    c.call("PATCH", f"/api/v1/networks/{nid}", staff, {"municipality_ids": ["eins"]}, expect=422)
    c.call("PATCH", f"/api/v1/networks/{nid}", partner, {"goals": "x"}, expect=403)
    c.call("PATCH", f"/api/v1/networks/{nid}", bad, {"goals": "x"}, expect=401)
    c.call("PATCH", f"/api/v1/networks/{nid}", None, {"goals": "x"}, expect=401)  # no credentials at all

    # memberships
    ms_body = {"network_id": nid, "organisation_id": oid, "role": "lead", "since": "2024-01-15"}
    _, ms = c.call("POST", "/api/v1/memberships", staff, ms_body, expect=201)
    _, ms2 = c.call("POST", "/api/v1/memberships", admin, {"network_id": nid, "organisation_id": oid2}, expect=201)
    c.call("POST", "/api/v1/memberships", admin, raw="{]", expect=400)
    c.call("POST", "/api/v1/memberships", admin, {"network_id": nid, "organisation_id": missing}, expect=422)
    c.call("POST", "/api/v1/memberships", counsellor, ms_body, expect=403)
    c.call("POST", "/api/v1/memberships", bad, ms_body, expect=401)
    c.call("POST", "/api/v1/memberships", None, ms_body, expect=401)  # no credentials at all
    mid, mid2 = (idof(m) for m in (ms, ms2))
    c.call("GET", f"/api/v1/memberships?network_id={nid}", counsellor, expect=200)
    c.call("GET", f"/api/v1/memberships?organisation_id={oid}&as_of=2024-06-01", admin, expect=200)
    c.call("GET", f"/api/v1/memberships?network_id={missing}", admin, expect=404)
    c.call("GET", "/api/v1/memberships", admin, expect=422)
    c.call("GET", "/api/v1/memberships?network_id=1", national, expect=403)
    c.call("GET", "/api/v1/memberships?network_id=1", expect=401)
    c.call("GET", f"/api/v1/memberships/{mid}", partner, expect=200)
    c.call("GET", f"/api/v1/memberships/{missing}", admin, expect=404)
    c.call("GET", f"/api/v1/memberships/{mid}", national, expect=403)
    c.call("GET", f"/api/v1/memberships/{mid}", expect=401)
    c.call("PATCH", f"/api/v1/memberships/{mid}", staff, {"role": "member", "until": "2030-12-31"}, expect=200)
    c.call("PATCH", f"/api/v1/memberships/{mid}", staff, raw="x", expect=400)
    c.call("PATCH", f"/api/v1/memberships/{missing}", staff, {"role": "guest"}, expect=404)
    c.call("PATCH", f"/api/v1/memberships/{mid}", staff, {"since": "gestern"}, expect=422)
    c.call("PATCH", f"/api/v1/memberships/{mid}", counsellor, {"role": "guest"}, expect=403)
    c.call("PATCH", f"/api/v1/memberships/{mid}", bad, {"role": "guest"}, expect=401)
    c.call("PATCH", f"/api/v1/memberships/{mid}", None, {"role": "guest"}, expect=401)  # no credentials at all

    c.call("GET", f"/api/v1/networks/{nid}/members", counsellor, expect=200)
    c.call("GET", f"/api/v1/networks/{nid}/members?as_of=2024-06-01", admin, expect=200)
    c.call("GET", f"/api/v1/networks/{missing}/members", admin, expect=404)
    c.call("GET", f"/api/v1/networks/{nid}/members?as_of=morgen", admin, expect=422)
    c.call("GET", f"/api/v1/networks/{nid}/members", national, expect=403)
    c.call("GET", f"/api/v1/networks/{nid}/members", expect=401)

    # contacts
    contact_body = {"organisation_id": oid, "name": "Erika Muster", "function": "Ausbildung",
                    "email": "erika@example.org", "phone": "0511 1", "languages": ["de"],
                    "data_basis": "consent", "consent_date": "2025-01-10"}
    _, contact = c.call("POST", "/api/v1/contacts", staff, contact_body, expect=201)
    _, contact2 = c.call("POST", "/api/v1/contacts", admin, dict(contact_body, name="Max Muster",
                                                                  data_basis="legitimate_interest",
                                                                  consent_date=""), expect=201)
    c.call("POST", "/api/v1/contacts", admin, raw="{\"a\":", expect=400)
    c.call("POST", "/api/v1/contacts", admin, {"organisation_id": oid, "name": ""}, expect=422)
    c.call("POST", "/api/v1/contacts", partner, contact_body, expect=403)
    c.call("POST", "/api/v1/contacts", bad, contact_body, expect=401)
    c.call("POST", "/api/v1/contacts", None, contact_body, expect=401)  # no credentials at all
    cid, cid2 = (idof(x) for x in (contact, contact2))
    c.call("GET", f"/api/v1/contacts?organisation_id={oid}", counsellor, expect=200)
    c.call("GET", "/api/v1/contacts?q=muster&include_anonymised=1&limit=10", admin, expect=200)
    c.call("GET", "/api/v1/contacts?offset=-1", admin, expect=422)
    c.call("GET", "/api/v1/contacts", national, expect=403)
    c.call("GET", "/api/v1/contacts", expect=401)
    c.call("GET", f"/api/v1/contacts/{cid}", counsellor, expect=200)
    c.call("GET", f"/api/v1/contacts/{missing}", admin, expect=404)
    c.call("GET", f"/api/v1/contacts/{cid}", national, expect=403)
    c.call("GET", f"/api/v1/contacts/{cid}", expect=401)
    c.call("PATCH", f"/api/v1/contacts/{cid}", staff, {"function": "Leitung", "languages": ["de", "en"]}, expect=200)
    c.call("PATCH", f"/api/v1/contacts/{cid}", staff, raw="[]", expect=400)
    c.call("PATCH", f"/api/v1/contacts/{missing}", staff, {"function": "x"}, expect=404)
    c.call("PATCH", f"/api/v1/contacts/{cid}", staff, {"data_basis": "irgendwas"}, expect=422)
    c.call("PATCH", f"/api/v1/contacts/{cid}", partner, {"function": "x"}, expect=403)
    c.call("PATCH", f"/api/v1/contacts/{cid}", bad, {"function": "x"}, expect=401)
    c.call("PATCH", f"/api/v1/contacts/{cid}", None, {"function": "x"}, expect=401)  # no credentials at all
    c.call("POST", f"/api/v1/contacts/{cid2}/anonymise", partner, expect=403)
    c.call("POST", f"/api/v1/contacts/{cid2}/anonymise", bad, expect=401)
    c.call("POST", f"/api/v1/contacts/{cid2}/anonymise", None, expect=401)  # no credentials at all
    c.call("POST", f"/api/v1/contacts/{missing}/anonymise", staff, expect=404)
    c.call("POST", f"/api/v1/contacts/{cid2}/anonymise", staff, expect=200)
    c.call("PATCH", f"/api/v1/contacts/{cid2}", staff, {"function": "x"}, expect=409)
    c.call("GET", "/api/v1/contacts?include_anonymised=1", staff, expect=200)

    # ties
    tie_body = {"organisation_a_id": oid, "organisation_b_id": oid2, "kind": "referrals", "directed": True,
                "intensity": 2, "since": "2024-02-01", "note": "Verweise"}
    _, tie = c.call("POST", "/api/v1/ties", staff, tie_body, expect=201)
    c.call("POST", "/api/v1/ties", admin, raw="{", expect=400)
    c.call("POST", "/api/v1/ties", admin, dict(tie_body, intensity="hoch"), expect=422)
    c.call("POST", "/api/v1/ties", counsellor, tie_body, expect=403)
    c.call("POST", "/api/v1/ties", bad, tie_body, expect=401)
    c.call("POST", "/api/v1/ties", None, tie_body, expect=401)  # no credentials at all
    tid = idof(tie)
    c.call("GET", "/api/v1/ties", counsellor, expect=200)
    c.call("GET", f"/api/v1/ties?organisation_id={oid}", admin, expect=200)
    c.call("GET", f"/api/v1/ties?organisation_id={missing}", admin, expect=404)
    c.call("GET", "/api/v1/ties?organisation_id=abc", admin, expect=422)
    c.call("GET", "/api/v1/ties", national, expect=403)
    c.call("GET", "/api/v1/ties", expect=401)
    c.call("GET", f"/api/v1/ties/{tid}", partner, expect=200)
    c.call("GET", f"/api/v1/ties/{missing}", admin, expect=404)
    c.call("GET", f"/api/v1/ties/{tid}", national, expect=403)
    c.call("GET", f"/api/v1/ties/{tid}", expect=401)
    c.call("PATCH", f"/api/v1/ties/{tid}", staff, {"intensity": 3, "until": "2026-01-01"}, expect=200)
    c.call("PATCH", f"/api/v1/ties/{tid}", staff, raw="{x}", expect=400)
    c.call("PATCH", f"/api/v1/ties/{missing}", staff, {"intensity": 1}, expect=404)
    c.call("PATCH", f"/api/v1/ties/{tid}", staff, {"kind": "liebe"}, expect=422)
    c.call("PATCH", f"/api/v1/ties/{tid}", partner, {"intensity": 1}, expect=403)
    c.call("PATCH", f"/api/v1/ties/{tid}", bad, {"intensity": 1}, expect=401)
    c.call("PATCH", f"/api/v1/ties/{tid}", None, {"intensity": 1}, expect=401)  # no credentials at all

    # transfers
    tr_body = {"date": "2025-04-02", "topic": "Ausbildungsbedarf", "from": {"event": "Ausbilder-Frühstück"},
               "to": {"network_id": nid}, "result": "Aufgenommen"}
    _, tr = c.call("POST", "/api/v1/transfers", staff, tr_body, expect=201)
    _, tr2 = c.call("POST", "/api/v1/transfers", admin, dict(tr_body, **{"from": {"network_id": nid2},
                                                                          "to": {"network_id": nid}}), expect=201)
    c.call("POST", "/api/v1/transfers", admin, raw="nix", expect=400)
    c.call("POST", "/api/v1/transfers", admin, dict(tr_body, to="Netz"), expect=422)
    c.call("POST", "/api/v1/transfers", counsellor, tr_body, expect=403)
    c.call("POST", "/api/v1/transfers", bad, tr_body, expect=401)
    c.call("POST", "/api/v1/transfers", None, tr_body, expect=401)  # no credentials at all
    rid, rid2 = (idof(t) for t in (tr, tr2))
    c.call("GET", "/api/v1/transfers?limit=10", counsellor, expect=200)
    c.call("GET", f"/api/v1/transfers?network_id={nid}", admin, expect=200)
    c.call("GET", f"/api/v1/transfers?network_id={missing}", admin, expect=404)
    c.call("GET", "/api/v1/transfers?network_id=abc", admin, expect=422)
    c.call("GET", "/api/v1/transfers", national, expect=403)
    c.call("GET", "/api/v1/transfers", expect=401)
    c.call("GET", f"/api/v1/transfers/{rid}", partner, expect=200)
    c.call("GET", f"/api/v1/transfers/{missing}", admin, expect=404)
    c.call("GET", f"/api/v1/transfers/{rid}", national, expect=403)
    c.call("GET", f"/api/v1/transfers/{rid}", expect=401)
    c.call("PATCH", f"/api/v1/transfers/{rid}", staff, {"result": "Umgesetzt", "from": {"event": "Dialogforum"}},
           expect=200)
    c.call("PATCH", f"/api/v1/transfers/{rid}", staff, raw="{{", expect=400)
    c.call("PATCH", f"/api/v1/transfers/{missing}", staff, {"result": "x"}, expect=404)
    c.call("PATCH", f"/api/v1/transfers/{rid}", staff, {"date": "irgendwann"}, expect=422)
    c.call("PATCH", f"/api/v1/transfers/{rid}", partner, {"result": "x"}, expect=403)
    c.call("PATCH", f"/api/v1/transfers/{rid}", bad, {"result": "x"}, expect=401)
    c.call("PATCH", f"/api/v1/transfers/{rid}", None, {"result": "x"}, expect=401)  # no credentials at all

    # deletes: conflicts while records depend, then in order
    c.call("DELETE", f"/api/v1/organisations/{oid}", staff, expect=409)
    c.call("DELETE", f"/api/v1/networks/{nid}", staff, expect=409)
    c.call("DELETE", f"/api/v1/transfers/{rid}", partner, expect=403)
    c.call("DELETE", f"/api/v1/transfers/{rid}", bad, expect=401)
    c.call("DELETE", f"/api/v1/transfers/{rid}", None, expect=401)  # no credentials at all
    c.call("DELETE", f"/api/v1/transfers/{rid}", staff, expect=204)
    c.call("DELETE", f"/api/v1/transfers/{rid}", staff, expect=404)
    c.call("DELETE", f"/api/v1/ties/{tid}", counsellor, expect=403)
    c.call("DELETE", f"/api/v1/ties/{tid}", bad, expect=401)
    c.call("DELETE", f"/api/v1/ties/{tid}", None, expect=401)  # no credentials at all
    c.call("DELETE", f"/api/v1/ties/{tid}", staff, expect=204)
    c.call("DELETE", f"/api/v1/ties/{tid}", staff, expect=404)
    c.call("DELETE", f"/api/v1/memberships/{mid2}", counsellor, expect=403)
    c.call("DELETE", f"/api/v1/memberships/{mid2}", bad, expect=401)
    c.call("DELETE", f"/api/v1/memberships/{mid2}", None, expect=401)  # no credentials at all
    c.call("DELETE", f"/api/v1/memberships/{mid2}", staff, expect=204)
    c.call("DELETE", f"/api/v1/memberships/{mid2}", staff, expect=404)
    c.call("DELETE", f"/api/v1/contacts/{cid}", partner, expect=403)
    c.call("DELETE", f"/api/v1/contacts/{cid}", bad, expect=401)
    c.call("DELETE", f"/api/v1/contacts/{cid}", None, expect=401)  # no credentials at all
    c.call("DELETE", f"/api/v1/contacts/{cid}", staff, expect=204)
    c.call("DELETE", f"/api/v1/contacts/{cid}", staff, expect=404)
    c.call("DELETE", f"/api/v1/networks/{nid2}", counsellor, expect=403)
    c.call("DELETE", f"/api/v1/networks/{nid2}", bad, expect=401)
    c.call("DELETE", f"/api/v1/networks/{nid2}", None, expect=401)  # no credentials at all
    c.call("DELETE", f"/api/v1/transfers/{rid2}", staff, expect=204)
    c.call("DELETE", f"/api/v1/networks/{nid2}", staff, expect=204)
    c.call("DELETE", f"/api/v1/networks/{nid2}", staff, expect=404)
    c.call("DELETE", f"/api/v1/organisations/{oid3}", counsellor, expect=403)
    c.call("DELETE", f"/api/v1/organisations/{oid3}", bad, expect=401)
    c.call("DELETE", f"/api/v1/organisations/{oid3}", None, expect=401)  # no credentials at all
    c.call("DELETE", f"/api/v1/organisations/{oid3}", staff, expect=204)
    c.call("DELETE", f"/api/v1/organisations/{oid3}", staff, expect=404)

    # the network map: saved layouts, automatic layout, the picture of the view (SVG only: the
    # checker reads bodies as text)
    c.call("GET", "/api/v1/map/layouts", partner, expect=200)
    c.call("GET", "/api/v1/map/layouts", None, expect=401)
    c.call("PUT", "/api/v1/map/layouts/Konferenz", staff, {"positions": {"o1": [1, 2], "n1": [3.5, -4]}}, expect=204)
    c.call("PUT", "/api/v1/map/layouts/Konferenz", partner, {"positions": {"o1": [1, 2]}}, expect=403)
    c.call("PUT", "/api/v1/map/layouts/Konferenz", staff, {"positions": {"o1": [1]}}, expect=422)
    c.call("PUT", "/api/v1/map/layouts/Konferenz", staff, raw="{{", expect=400)
    c.call("GET", "/api/v1/map/layouts/Konferenz", counsellor, expect=200)
    c.call("GET", "/api/v1/map/layouts/Unbekannt", staff, expect=404)
    c.call("POST", "/api/v1/map/layout", partner, {"nodes": ["o1", "n1"], "edges": [["o1", "n1"]]}, expect=200)
    c.call("POST", "/api/v1/map/layout", partner, {"nodes": ["o1"], "edges": [["o1", "x"]]}, expect=422)
    view = {"width": 200, "height": 100, "nodes": [{"x": 10, "y": 10, "size": 8, "colour": "#1f5f99", "label": "A"}],
            "edges": []}
    c.call("POST", "/api/v1/map/export?format=svg", partner, view, expect=200)
    c.call("POST", "/api/v1/map/export?format=gif", partner, view, expect=422)
    c.call("DELETE", "/api/v1/map/layouts/Konferenz", partner, expect=403)
    c.call("DELETE", "/api/v1/map/layouts/Konferenz", staff, expect=204)
    c.call("DELETE", "/api/v1/map/layouts/Konferenz", staff, expect=404)
    # every documented status of the map API: no credentials (401), a role outside the region (403),
    # a body that is not JSON (400)
    c.call("GET", "/api/v1/map/layouts", national, expect=403)
    c.call("GET", "/api/v1/map/layouts/Konferenz", None, expect=401)
    c.call("GET", "/api/v1/map/layouts/Konferenz", national, expect=403)
    c.call("PUT", "/api/v1/map/layouts/Konferenz", None, {"positions": {}}, expect=401)
    c.call("DELETE", "/api/v1/map/layouts/Konferenz", None, expect=401)
    c.call("POST", "/api/v1/map/layout", None, {"nodes": [], "edges": []}, expect=401)
    c.call("POST", "/api/v1/map/layout", national, {"nodes": [], "edges": []}, expect=403)
    c.call("POST", "/api/v1/map/layout", partner, raw="{{", expect=400)
    c.call("POST", "/api/v1/map/export?format=svg", None, view, expect=401)
    c.call("POST", "/api/v1/map/export?format=svg", national, view, expect=403)
    c.call("POST", "/api/v1/map/export?format=svg", partner, raw="{{", expect=400)

    # network analysis (issue 4): the demo region, its service centre as the default focus
    _, a = c.call("GET", "/api/v1/analysis?date=2025-06-01", staff, expect=200)
    centre = (a or {}).get("focus_id") or missing
    if not (a or {}).get("focus_sole_bridges"):
        c.fail("getAnalysis: the demo's service centre should be the sole bridge of some network pairs")
    _, nets = c.call("GET", "/api/v1/networks?limit=5", staff, expect=200)
    net = idof(((nets or {}).get("items") or [{}])[0])
    c.call("GET", f"/api/v1/analysis?date=2025-06-01&partition=affiliation&network={net}&focus={centre}&k=2"
                  "&metrics_graph=projection&diminishing=true&weight_migration_sector=3", counsellor, expect=200)
    c.call("GET", "/api/v1/analysis?partition=municipality", admin, expect=200)
    c.call("GET", "/api/v1/analysis?date=2025-02-30&partition=nonsense&k=99", staff, expect=400)
    c.call("GET", f"/api/v1/analysis?focus={missing}", staff, expect=400)
    c.call("GET", "/api/v1/analysis", partner, expect=403)
    c.call("GET", "/api/v1/analysis", national, expect=403)
    c.call("GET", "/api/v1/analysis", expect=401)
    c.call("GET", "/api/v1/analysis/graph?date=2025-06-01", partner, expect=200)
    c.call("GET", "/api/v1/analysis/graph?partition=network", staff, expect=200)
    c.call("GET", "/api/v1/analysis/graph?date=heute", staff, expect=400)
    c.call("GET", "/api/v1/analysis/graph", national, expect=403)
    c.call("GET", "/api/v1/analysis/graph", expect=401)
    c.call("POST", "/api/v1/analysis/what-if", staff,
           {"date": "2025-06-01", "edits": [{"kind": "remove_organisation", "organisation_id": centre}]}, expect=200)
    c.call("POST", "/api/v1/analysis/what-if", counsellor,
           {"edits": [{"kind": "add_membership", "organisation_id": centre, "network_id": net},
                      {"kind": "add_tie", "organisation_id": centre, "other_organisation_id": next((o["id"] for o in (orgs or {}).get("items", []) if o["id"] != centre), missing),
                       "tie_kind": "joint_offer", "intensity": 2, "directed": True}]}, expect=200)
    c.call("GET", "/api/v1/analysis/export.graphml?date=2025-06-01", partner, expect=200)
    c.call("GET", "/api/v1/analysis/export.graphml?date=31.12.2025", staff, expect=400)
    c.call("GET", "/api/v1/analysis/export.graphml", national, expect=403)
    c.call("GET", "/api/v1/analysis/export.graphml", expect=401)
    c.call("GET", "/api/v1/analysis/export.gexf?date=2025-06-01&partition=network", staff, expect=200)
    c.call("GET", "/api/v1/analysis/export.gexf?partition=x", staff, expect=400)
    c.call("GET", "/api/v1/analysis/export.gexf", national, expect=403)
    c.call("GET", "/api/v1/analysis/export.gexf", expect=401)
    c.call("POST", "/api/v1/analysis/what-if", staff, raw="{kaputt", expect=400)
    c.call("POST", "/api/v1/analysis/what-if", staff, {"edits": [{"kind": "explode", "organisation_id": 1}]}, expect=422)
    c.call("POST", "/api/v1/analysis/what-if", staff,
           {"edits": [{"kind": "remove_organisation", "organisation_id": missing}]}, expect=422)
    c.call("POST", "/api/v1/analysis/what-if", partner,
           {"edits": [{"kind": "remove_organisation", "organisation_id": centre}]}, expect=403)
    c.call("POST", "/api/v1/analysis/what-if", bad,
           {"edits": [{"kind": "remove_organisation", "organisation_id": centre}]}, expect=401)

    # action plan (issue 6)
    _, hwks = c.call("GET", "/api/v1/organisations?type=hwk", staff, expect=200)
    hwk = hwks["items"][0]["id"] if hwks and hwks.get("items") else missing
    _, ihks = c.call("GET", "/api/v1/organisations?type=ihk", staff, expect=200)
    ihk = ihks["items"][0]["id"] if ihks and ihks.get("items") else missing
    c.call("GET", "/api/v1/plans", counsellor, expect=200)
    c.call("GET", "/api/v1/plans", national, expect=403)
    c.call("GET", "/api/v1/plans", expect=401)
    plan_body = {"title": "Vertragsplan", "period_start": "2026-01-01", "period_end": "2028-12-31", "preamble": "P"}
    _, plan = c.call("POST", "/api/v1/plans", staff, plan_body, expect=201)
    pid = idof(plan)
    c.call("POST", "/api/v1/plans", staff, raw="{kaputt", expect=400)
    c.call("POST", "/api/v1/plans", staff, {"title": "", "period_start": "2026-01-01"}, expect=422)
    c.call("POST", "/api/v1/plans", partner, plan_body, expect=403)
    c.call("POST", "/api/v1/plans", bad, plan_body, expect=401)
    base = f"/api/v1/plans/{pid}"
    c.call("GET", base, counsellor, expect=200)
    c.call("GET", f"/api/v1/plans/{missing}", staff, expect=404)
    c.call("PATCH", base, staff, {"status": "consultation"}, expect=200)
    c.call("PATCH", base, staff, {"period_end": "2020-01-01"}, expect=422)
    c.call("PATCH", base, partner, {"title": "x"}, expect=403)
    c.call("PATCH", f"/api/v1/plans/{missing}", staff, {"title": "x"}, expect=404)
    _, field = c.call("POST", base + "/fields", staff, {"title": "Betriebe gewinnen"}, expect=201)
    c.call("POST", base + "/fields", staff, {"title": " "}, expect=422)
    _, goal = c.call("POST", base + "/goals", staff, {"field_id": idof(field), "title": "Mehr Betriebe"}, expect=201)
    c.call("POST", base + "/goals", staff, {"field_id": missing, "title": "x"}, expect=422)
    indicator_body = {"goal_id": idof(goal), "name": "Betriebe", "unit": "Anzahl", "baseline": 12, "target_value": 40.5,
                      "target_date": "2028-12-31"}
    _, indicator = c.call("POST", base + "/indicators", staff, indicator_body, expect=201)
    c.call("POST", base + "/indicators", staff, dict(indicator_body, target_date="bald"), expect=422)
    measure_body = {"goal_id": idof(goal), "title": "Azubi-Speeddating", "lead_organisation_id": ihk,
                    "partner_organisation_ids": [hwk], "status": "planned", "anchoring_state": "talks"}
    _, measure = c.call("POST", base + "/measures", staff, measure_body, expect=201)
    _, measure2 = c.call("POST", base + "/measures", staff, dict(measure_body, title="Zweite", partner_organisation_ids=[]),
                         expect=201)
    c.call("POST", base + "/measures", staff, dict(measure_body, anchoring_state="agreed"), expect=422)
    c.call("POST", base + "/measures", partner, measure_body, expect=403)
    c.call("POST", f"/api/v1/plans/{missing}/measures", staff, measure_body, expect=404)
    mid_ = idof(measure)
    c.call("GET", f"{base}/measures/{mid_}", partner, expect=200)
    c.call("GET", f"{base}/measures/{missing}", partner, expect=404)
    c.call("PATCH", f"{base}/measures/{mid_}", staff, {"status": "running"}, expect=200)
    c.call("PATCH", f"{base}/measures/{mid_}", staff, {"end_on": "nie"}, expect=422)
    c.call("PATCH", f"{base}/measures/{mid_}", partner, {"title": "x"}, expect=403)
    c.call("PATCH", f"{base}/measures/{missing}", staff, {"title": "x"}, expect=404)
    c.call("DELETE", f"{base}/measures/{idof(measure2)}", staff, expect=204)
    c.call("DELETE", f"{base}/measures/{idof(measure2)}", staff, expect=404)
    _, proposal = c.call("POST", f"{base}/measures/{mid_}/proposals", partner,
                         {"title": "Azubi-Speeddating mit Handwerk", "reason": "Wir sind dabei."}, expect=201)
    c.call("POST", f"{base}/measures/{mid_}/proposals", staff, {"title": "x"}, expect=403)
    c.call("POST", f"{base}/measures/{mid_}/proposals", partner, {"end_on": "nie"}, expect=422)
    c.call("POST", f"{base}/measures/{missing}/proposals", partner, {"title": "x"}, expect=404)
    _, proposal2 = c.call("POST", f"{base}/measures/{mid_}/proposals", partner, {"title": "Noch ein Vorschlag"},
                          expect=201)
    c.call("GET", base + "/proposals", partner, expect=200)
    c.call("GET", f"/api/v1/plans/{missing}/proposals", partner, expect=404)
    prop = f"{base}/proposals/{idof(proposal)}/decision"
    c.call("POST", prop, staff, {"note": "ohne Entscheidung"}, expect=422)
    c.call("POST", prop, partner, {"accept": True}, expect=403)
    c.call("POST", f"{base}/proposals/{missing}/decision", staff, {"accept": True}, expect=404)
    c.call("POST", prop, staff, {"accept": True, "note": "Einverstanden."}, expect=200)
    c.call("POST", prop, staff, {"accept": False}, expect=409)
    c.call("POST", base + "/comments", partner, {"item_type": "measure", "item_id": mid_, "body": "Räume bei uns"},
           expect=201)
    c.call("POST", base + "/comments", counsellor, {"item_type": "plan", "item_id": pid, "body": "x"}, expect=403)
    c.call("POST", base + "/comments", partner, {"item_type": "plan", "item_id": pid, "body": " "}, expect=422)
    c.call("POST", base + "/comments", partner, {"item_type": "measure", "item_id": missing, "body": "x"}, expect=404)
    ind = f"{base}/indicators/{idof(indicator)}/values"
    c.call("POST", ind, staff, {"period": "2026-12-31", "value": 17}, expect=200)
    c.call("POST", ind, staff, {"period": "Ende", "value": 17}, expect=422)
    c.call("POST", ind, partner, {"period": "2026-12-31", "value": 1}, expect=403)
    c.call("POST", f"{base}/indicators/{missing}/values", staff, {"period": "2026-12-31", "value": 1}, expect=404)
    c.call("GET", ind, counsellor, expect=200)
    c.call("GET", f"{base}/indicators/{missing}/values", staff, expect=404)
    c.call("GET", base + "/versions", staff, expect=200)
    c.call("GET", f"/api/v1/plans/{missing}/versions", staff, expect=404)
    adoption = {"adopted_on": "2026-11-20", "occasion": "Netzwerkkonferenz",
                "agreements": [{"organisation_id": hwk, "person": "Jonas Brinkmann", "agreed_on": "2026-11-19"}]}
    c.call("POST", base + "/versions", staff, dict(adoption, occasion=""), expect=422)
    c.call("POST", base + "/versions", partner, adoption, expect=403)
    c.call("POST", base + "/revision", staff, expect=409)  # not adopted yet
    _, version = c.call("POST", base + "/versions", staff, adoption, expect=201)
    number = version.get("number", 1) if isinstance(version, dict) else 1
    c.call("POST", base + "/versions", staff, adoption, expect=409)
    c.call("PATCH", base, staff, {"title": "x"}, expect=409)
    c.call("POST", base + "/fields", staff, {"title": "x"}, expect=409)
    c.call("POST", base + "/goals", staff, {"field_id": idof(field), "title": "x"}, expect=409)
    c.call("POST", base + "/indicators", staff, indicator_body, expect=409)
    c.call("POST", base + "/measures", staff, measure_body, expect=409)
    c.call("PATCH", f"{base}/measures/{mid_}", staff, {"title": "x"}, expect=409)
    c.call("DELETE", f"{base}/measures/{mid_}", staff, expect=409)
    c.call("POST", f"{base}/proposals/{idof(proposal2)}/decision", staff, {"accept": True}, expect=409)
    c.call("GET", f"{base}/versions/{number}", partner, expect=200)
    c.call("GET", f"{base}/versions/{missing}", partner, expect=404)
    c.call("GET", f"{base}/versions/{number}/pdf", partner, expect=200)
    c.call("GET", f"{base}/versions/{missing}/pdf", partner, expect=404)
    c.call("POST", base + "/revision", partner, expect=403)
    c.call("POST", base + "/revision", staff, expect=200)
    c.call("PATCH", f"{base}/measures/{mid_}", staff, {"status": "done"}, expect=200)
    c.call("GET", f"{base}/diff?from={number}&to=0", counsellor, expect=200)
    c.call("GET", f"{base}/diff?from=eins", counsellor, expect=422)
    c.call("GET", f"{base}/diff?from={missing}", counsellor, expect=404)


def events_scenario(c, tokens):
    """Events (issue 7): every operation under /api/v1/events with its documented answers."""
    admin, staff, counsellor, national = (tokens[k] for k in ("admin", "staff", "counsellor", "national"))
    missing = 999999
    bad = "bbt_" + "0" * 40

    def idof(record):
        return record["id"] if isinstance(record, dict) and isinstance(record.get("id"), int) else missing

    _, orgs = c.call("GET", "/api/v1/organisations?limit=3", staff, expect=200)
    org_ids = [o["id"] for o in (orgs or {}).get("items", [])] + [missing, missing, missing]
    _, nets = c.call("GET", "/api/v1/networks?limit=1", staff, expect=200)
    net_id = ((nets or {}).get("items") or [{"id": missing}])[0]["id"]

    body = {"format": "dialogforum", "title": "Vertragstest-Forum", "starts_at": "2031-03-10T18:00",
            "ends_at": "2031-03-10T20:00", "place": "Rathaus", "capacity": 1, "organiser_id": org_ids[0],
            "co_organiser_ids": [org_ids[1]], "network_ids": [net_id], "languages": ["de", "tr"],
            "translations": {"tr": {"title": "Diyalog", "description": ""}}}
    _, event = c.call("POST", "/api/v1/events", staff, body, expect=201)
    c.call("POST", "/api/v1/events", staff, raw="{kaputt", expect=400)
    c.call("POST", "/api/v1/events", staff, dict(body, ends_at="2031-03-10T17:00"), expect=422)
    c.call("POST", "/api/v1/events", counsellor, body, expect=403)
    c.call("POST", "/api/v1/events", bad, body, expect=401)
    c.call("POST", "/api/v1/events", None, body, expect=401)
    eid = idof(event)
    c.call("GET", "/api/v1/events?format=dialogforum&from=2031-01-01&to=2031-12-31", counsellor, expect=200)
    c.call("GET", "/api/v1/events?from=gestern", staff, expect=422)
    c.call("GET", "/api/v1/events", national, expect=403)
    c.call("GET", "/api/v1/events", expect=401)
    c.call("GET", f"/api/v1/events/{eid}", counsellor, expect=200)
    c.call("GET", f"/api/v1/events/{missing}", staff, expect=404)
    c.call("GET", f"/api/v1/events/{eid}", national, expect=403)
    c.call("GET", f"/api/v1/events/{eid}", expect=401)
    c.call("PATCH", f"/api/v1/events/{eid}", staff, {"audience": "Betriebe"}, expect=200)
    c.call("PATCH", f"/api/v1/events/{eid}", staff, raw="[", expect=400)
    c.call("PATCH", f"/api/v1/events/{eid}", staff, {"capacity": -1}, expect=422)
    c.call("PATCH", f"/api/v1/events/{missing}", staff, {"audience": "x"}, expect=404)
    c.call("PATCH", f"/api/v1/events/{eid}", counsellor, {"audience": "x"}, expect=403)
    c.call("PATCH", f"/api/v1/events/{eid}", None, {"audience": "x"}, expect=401)

    # invitations
    inv = {"kind": "network", "target_id": net_id, "note": "per E-Mail"}
    _, invitation = c.call("POST", f"/api/v1/events/{eid}/invitations", staff, inv, expect=201)
    c.call("POST", f"/api/v1/events/{eid}/invitations", staff, raw="x", expect=400)
    c.call("POST", f"/api/v1/events/{eid}/invitations", staff, {"kind": "network", "target_id": missing}, expect=422)
    c.call("POST", f"/api/v1/events/{missing}/invitations", staff, inv, expect=404)
    c.call("POST", f"/api/v1/events/{eid}/invitations", counsellor, inv, expect=403)
    c.call("POST", f"/api/v1/events/{eid}/invitations", None, inv, expect=401)
    c.call("GET", f"/api/v1/events/{eid}/invitations", counsellor, expect=200)
    c.call("GET", f"/api/v1/events/{missing}/invitations", staff, expect=404)
    c.call("GET", f"/api/v1/events/{eid}/invitations", national, expect=403)
    c.call("GET", f"/api/v1/events/{eid}/invitations", expect=401)
    iid = idof(invitation)
    c.call("GET", f"/api/v1/events/{eid}/invitations/{iid}", counsellor, expect=200)
    c.call("GET", f"/api/v1/events/{eid}/invitations/{missing}", staff, expect=404)
    c.call("GET", f"/api/v1/events/{eid}/invitations/{iid}", national, expect=403)
    c.call("GET", f"/api/v1/events/{eid}/invitations/{iid}", expect=401)
    c.call("DELETE", f"/api/v1/events/{eid}/invitations/{iid}", counsellor, expect=403)
    c.call("DELETE", f"/api/v1/events/{eid}/invitations/{iid}", None, expect=401)
    c.call("DELETE", f"/api/v1/events/{eid}/invitations/{iid}", staff, expect=204)
    c.call("DELETE", f"/api/v1/events/{eid}/invitations/{iid}", staff, expect=404)

    # registrations: one place, so the second person waits; cancelling moves them up
    first_body = {"name": "Ayşe Vertrag", "email": "ayse.vertrag@example.org", "organisation_id": org_ids[0],
                  "consent_given": True}
    second_body = {"name": "Bilal Vertrag", "email": "bilal.vertrag@example.org", "organisation_id": org_ids[1]}
    _, first = c.call("POST", f"/api/v1/events/{eid}/registrations", staff, first_body, expect=201)
    _, second = c.call("POST", f"/api/v1/events/{eid}/registrations", admin, second_body, expect=201)
    if isinstance(second, dict) and second.get("status") != "waiting":
        c.fail("createEventRegistration: over the capacity the registration should wait, got "
               + str(second.get("status")))
    c.call("POST", f"/api/v1/events/{eid}/registrations", staff, first_body, expect=409)
    c.call("POST", f"/api/v1/events/{eid}/registrations", staff, raw="{", expect=400)
    c.call("POST", f"/api/v1/events/{eid}/registrations", staff, {"name": "", "email": "x"}, expect=422)
    c.call("POST", f"/api/v1/events/{missing}/registrations", staff, first_body, expect=404)
    c.call("POST", f"/api/v1/events/{eid}/registrations", counsellor, first_body, expect=403)
    c.call("POST", f"/api/v1/events/{eid}/registrations", None, first_body, expect=401)
    c.call("GET", f"/api/v1/events/{eid}/registrations", staff, expect=200)
    c.call("GET", f"/api/v1/events/{missing}/registrations", staff, expect=404)
    c.call("GET", f"/api/v1/events/{eid}/registrations", counsellor, expect=403)
    c.call("GET", f"/api/v1/events/{eid}/registrations", expect=401)
    r1, r2 = idof(first), idof(second)
    c.call("GET", f"/api/v1/events/{eid}/registrations/{r1}", staff, expect=200)
    c.call("GET", f"/api/v1/events/{eid}/registrations/{missing}", staff, expect=404)
    c.call("GET", f"/api/v1/events/{eid}/registrations/{r1}", counsellor, expect=403)
    c.call("GET", f"/api/v1/events/{eid}/registrations/{r1}", expect=401)
    _, cancelled = c.call("POST", f"/api/v1/events/{eid}/registrations/{r1}/cancel", staff, expect=200)
    if isinstance(cancelled, dict) and cancelled.get("moved_up") != r2:
        c.fail("cancelEventRegistration: the waiting person should move up, got " + str(cancelled.get("moved_up")))
    c.call("POST", f"/api/v1/events/{eid}/registrations/{missing}/cancel", staff, expect=404)
    c.call("POST", f"/api/v1/events/{eid}/registrations/{r2}/cancel", counsellor, expect=403)
    c.call("POST", f"/api/v1/events/{eid}/registrations/{r2}/cancel", None, expect=401)
    c.call("POST", f"/api/v1/events/{eid}/registrations/{r2}/attendance", staff, {"attended": True}, expect=200)
    c.call("POST", f"/api/v1/events/{eid}/registrations/{r2}/cancel", staff, expect=409)  # already there
    c.call("POST", f"/api/v1/events/{eid}/registrations/{r1}/attendance", staff, {"attended": True}, expect=409)
    c.call("POST", f"/api/v1/events/{eid}/registrations/{r2}/attendance", staff, raw="nein", expect=400)
    c.call("POST", f"/api/v1/events/{eid}/registrations/{missing}/attendance", staff, {"attended": True}, expect=404)
    c.call("POST", f"/api/v1/events/{eid}/registrations/{r2}/attendance", counsellor, {"attended": True}, expect=403)
    c.call("POST", f"/api/v1/events/{eid}/registrations/{r2}/attendance", None, {"attended": True}, expect=401)
    c.call("GET", f"/api/v1/events/{eid}/attendance", counsellor, expect=200)
    c.call("GET", f"/api/v1/events/{missing}/attendance", staff, expect=404)
    c.call("GET", f"/api/v1/events/{eid}/attendance", national, expect=403)
    c.call("GET", f"/api/v1/events/{eid}/attendance", expect=401)
    c.call("GET", "/api/v1/events/co-attendance?from=2025-01-01&to=2032-12-31", counsellor, expect=200)
    c.call("GET", "/api/v1/events/co-attendance?from=bald", staff, expect=422)
    c.call("GET", "/api/v1/events/co-attendance", national, expect=403)
    c.call("GET", "/api/v1/events/co-attendance", expect=401)

    # topics and their follow-up
    _, topic = c.call("POST", f"/api/v1/events/{eid}/topics", staff, {"topic": "Sprachförderung im Betrieb"},
                      expect=201)
    c.call("POST", f"/api/v1/events/{eid}/topics", staff, raw="?", expect=400)
    c.call("POST", f"/api/v1/events/{eid}/topics", staff, {"topic": ""}, expect=422)
    c.call("POST", f"/api/v1/events/{missing}/topics", staff, {"topic": "x"}, expect=404)
    c.call("POST", f"/api/v1/events/{eid}/topics", counsellor, {"topic": "x"}, expect=403)
    c.call("POST", f"/api/v1/events/{eid}/topics", None, {"topic": "x"}, expect=401)
    c.call("GET", f"/api/v1/events/{eid}/topics", counsellor, expect=200)
    c.call("GET", f"/api/v1/events/{missing}/topics", staff, expect=404)
    c.call("GET", f"/api/v1/events/{eid}/topics", national, expect=403)
    c.call("GET", f"/api/v1/events/{eid}/topics", expect=401)
    tid = idof(topic)
    c.call("GET", f"/api/v1/events/{eid}/topics/{tid}", counsellor, expect=200)
    c.call("GET", f"/api/v1/events/{eid}/topics/{missing}", staff, expect=404)
    c.call("GET", f"/api/v1/events/{eid}/topics/{tid}", national, expect=403)
    c.call("GET", f"/api/v1/events/{eid}/topics/{tid}", expect=401)
    follow = {"to": {"network_id": net_id}, "result": "aufgenommen"}
    c.call("POST", f"/api/v1/events/{eid}/topics/{tid}/transfer", staff, raw="(", expect=400)
    c.call("POST", f"/api/v1/events/{eid}/topics/{tid}/transfer", staff, {"to": {}}, expect=422)
    c.call("POST", f"/api/v1/events/{eid}/topics/{missing}/transfer", staff, follow, expect=404)
    c.call("POST", f"/api/v1/events/{eid}/topics/{tid}/transfer", counsellor, follow, expect=403)
    c.call("POST", f"/api/v1/events/{eid}/topics/{tid}/transfer", None, follow, expect=401)
    c.call("POST", f"/api/v1/events/{eid}/topics/{tid}/transfer", staff, follow, expect=201)
    c.call("POST", f"/api/v1/events/{eid}/topics/{tid}/transfer", staff, follow, expect=409)

    # delete: refused while people are registered; an event without any can go
    c.call("DELETE", f"/api/v1/events/{eid}", staff, expect=409)
    _, empty = c.call("POST", "/api/v1/events", admin, dict(body, title="Leer", network_ids=[]), expect=201)
    c.call("DELETE", f"/api/v1/events/{idof(empty)}", counsellor, expect=403)
    c.call("DELETE", f"/api/v1/events/{idof(empty)}", None, expect=401)
    c.call("DELETE", f"/api/v1/events/{idof(empty)}", staff, expect=204)
    c.call("DELETE", f"/api/v1/events/{idof(empty)}", staff, expect=404)


def offers_scenario(c, tokens):
    """Offers, assessments and needs (issue 5): every operation with its documented statuses."""
    admin, staff, counsellor, partner, national = (tokens[k] for k in
                                                   ("admin", "staff", "counsellor", "partner", "national"))
    missing = 999999
    bad = "bbt_" + "0" * 40

    def idof(record):
        return record["id"] if isinstance(record, dict) and isinstance(record.get("id"), int) else missing

    _, own = c.call("GET", "/api/v1/organisations?q=Handwerkskammer%20Hannover", partner, expect=200)
    own_id = own["items"][0]["id"] if own and own.get("items") else missing
    _, others = c.call("GET", "/api/v1/organisations?type=education_provider&limit=1", staff, expect=200)
    other_id = others["items"][0]["id"] if others and others.get("items") else missing

    # offers
    c.call("GET", "/api/v1/offers?q=Ausbildungen&limit=5", counsellor, expect=200)
    c.call("GET", "/api/v1/offers?target_group=parents&field=parents_work&status=running&published=1"
                  "&active_on=2026-11-25&sort=title&order=desc", staff, expect=200)
    c.call("GET", "/api/v1/offers?field=astrologie", staff, expect=422)
    c.call("GET", "/api/v1/offers", national, expect=403)
    c.call("GET", "/api/v1/offers", bad, expect=401)
    body = {"provider_id": other_id, "title": "Vertragstest Bewerbungstraining", "description": "Lebenslauf üben",
            "target_groups": ["young_refugees"], "field": "application_placement", "format": "course",
            "languages": ["de", "ar"], "capacity": 12, "funding_ends_on": "2027-01-31", "published": True}
    _, offer = c.call("POST", "/api/v1/offers", staff, body, expect=201)
    c.call("POST", "/api/v1/offers", staff, raw="[", expect=400)
    c.call("POST", "/api/v1/offers", staff, dict(body, title="", field="nichts"), expect=422)
    c.call("POST", "/api/v1/offers", partner, body, expect=403)  # not the partner's organisation
    c.call("POST", "/api/v1/offers", counsellor, body, expect=403)
    c.call("POST", "/api/v1/offers", None, body, expect=401)
    _, own_offer = c.call("POST", "/api/v1/offers", partner, dict(body, provider_id=own_id), expect=201)
    ofid = idof(offer)
    c.call("GET", f"/api/v1/offers/{ofid}", counsellor, expect=200)
    c.call("GET", f"/api/v1/offers/{missing}", staff, expect=404)
    c.call("GET", f"/api/v1/offers/{ofid}", national, expect=403)
    c.call("GET", f"/api/v1/offers/{ofid}", None, expect=401)
    c.call("PATCH", f"/api/v1/offers/{ofid}", staff, {"status": "planned", "capacity": None}, expect=200)
    c.call("PATCH", f"/api/v1/offers/{ofid}", staff, raw="x", expect=400)
    c.call("PATCH", f"/api/v1/offers/{ofid}", staff, {"starts_on": "morgen"}, expect=422)
    c.call("PATCH", f"/api/v1/offers/{missing}", staff, {"title": "x"}, expect=404)
    c.call("PATCH", f"/api/v1/offers/{ofid}", partner, {"title": "x"}, expect=403)
    c.call("PATCH", f"/api/v1/offers/{ofid}", bad, {"title": "x"}, expect=401)
    c.call("PATCH", f"/api/v1/offers/{idof(own_offer)}", partner, {"schedule": "montags"}, expect=200)
    translation = {"title": "Application training", "description": "Practise your CV"}
    c.call("PUT", f"/api/v1/offers/{ofid}/translations/en", staff, translation, expect=200)
    c.call("PUT", f"/api/v1/offers/{ofid}/translations/ar", staff, {"title": "تدريب على التقديم"}, expect=200)
    c.call("PUT", f"/api/v1/offers/{ofid}/translations/en", staff, raw="{", expect=400)
    c.call("PUT", f"/api/v1/offers/{ofid}/translations/en", staff, {"title": ""}, expect=422)
    c.call("PUT", f"/api/v1/offers/{ofid}/translations/xx", staff, translation, expect=404)
    c.call("PUT", f"/api/v1/offers/{ofid}/translations/en", partner, translation, expect=403)
    c.call("PUT", f"/api/v1/offers/{ofid}/translations/en", None, translation, expect=401)

    # assessments
    _, criteria = c.call("GET", "/api/v1/assessments/criteria", counsellor, expect=200)
    c.call("GET", "/api/v1/assessments/criteria", national, expect=403)
    c.call("GET", "/api/v1/assessments/criteria", None, expect=401)
    items = criteria["items"] if criteria else []
    ratings = [{"criterion_id": cr["id"], "level": ["met", "partly", "not_met", "not_applicable"][i % 4],
                "evidence": "Beleg"} for i, cr in enumerate(items) if cr["active"]]
    assessment = {"offer_id": ofid, "assessed_on": "2026-11-01", "next_review_on": "2027-11-01",
                  "ratings": ratings, "actions": ["Flyer übersetzen"], "note": "Vertragstest"}
    _, created = c.call("POST", "/api/v1/assessments", staff, assessment, expect=201)
    c.call("POST", "/api/v1/assessments", staff, raw="nein", expect=400)
    c.call("POST", "/api/v1/assessments", staff, dict(assessment, ratings=ratings[:1]), expect=422)
    c.call("POST", "/api/v1/assessments", partner, assessment, expect=403)
    c.call("POST", "/api/v1/assessments", None, assessment, expect=401)
    aid = idof(created)
    c.call("GET", f"/api/v1/assessments?offer_id={ofid}", counsellor, expect=200)
    c.call("GET", "/api/v1/assessments?limit=9999", staff, expect=422)
    c.call("GET", "/api/v1/assessments", national, expect=403)
    c.call("GET", "/api/v1/assessments", bad, expect=401)
    c.call("GET", f"/api/v1/assessments/{aid}", partner, expect=200)
    c.call("GET", f"/api/v1/assessments/{missing}", staff, expect=404)
    c.call("GET", f"/api/v1/assessments/{aid}", national, expect=403)
    c.call("GET", f"/api/v1/assessments/{aid}", None, expect=401)

    # needs
    need = {"organisation_id": other_id, "target_group": "parents", "field": "parents_work",
            "description": "Elternabende auf Arabisch", "urgency": "high", "reported_on": "2026-10-01"}
    _, created_need = c.call("POST", "/api/v1/needs", staff, need, expect=201)
    c.call("POST", "/api/v1/needs", staff, raw="{]", expect=400)
    c.call("POST", "/api/v1/needs", staff, dict(need, urgency="sofort", description=""), expect=422)
    c.call("POST", "/api/v1/needs", partner, need, expect=403)
    c.call("POST", "/api/v1/needs", bad, need, expect=401)
    nid = idof(created_need)
    c.call("GET", "/api/v1/needs?status=open&target_group=parents&urgency=high", counsellor, expect=200)
    c.call("GET", "/api/v1/needs?status=irgendwie", staff, expect=422)
    c.call("GET", "/api/v1/needs", national, expect=403)
    c.call("GET", "/api/v1/needs", None, expect=401)
    c.call("GET", f"/api/v1/needs/{nid}", partner, expect=200)
    c.call("GET", f"/api/v1/needs/{missing}", staff, expect=404)
    c.call("GET", f"/api/v1/needs/{nid}", national, expect=403)
    c.call("GET", f"/api/v1/needs/{nid}", bad, expect=401)
    c.call("PATCH", f"/api/v1/needs/{nid}", staff, {"status": "addressed", "offer_id": ofid}, expect=200)
    c.call("PATCH", f"/api/v1/needs/{nid}", staff, raw="[", expect=400)
    c.call("PATCH", f"/api/v1/needs/{nid}", staff, {"status": "addressed", "offer_id": None}, expect=422)
    c.call("PATCH", f"/api/v1/needs/{missing}", staff, {"urgency": "low"}, expect=404)
    c.call("PATCH", f"/api/v1/needs/{nid}", partner, {"urgency": "low"}, expect=403)
    c.call("PATCH", f"/api/v1/needs/{nid}", None, {"urgency": "low"}, expect=401)

    # deletes: the offer is blocked while the need names it
    c.call("DELETE", f"/api/v1/offers/{ofid}", staff, expect=409)
    c.call("DELETE", f"/api/v1/needs/{nid}", partner, expect=403)
    c.call("DELETE", f"/api/v1/needs/{nid}", bad, expect=401)
    c.call("DELETE", f"/api/v1/needs/{nid}", staff, expect=204)
    c.call("DELETE", f"/api/v1/needs/{nid}", staff, expect=404)
    c.call("DELETE", f"/api/v1/assessments/{aid}", partner, expect=403)
    c.call("DELETE", f"/api/v1/assessments/{aid}", None, expect=401)
    c.call("DELETE", f"/api/v1/assessments/{aid}", staff, expect=204)
    c.call("DELETE", f"/api/v1/assessments/{aid}", staff, expect=404)
    c.call("DELETE", f"/api/v1/offers/{ofid}", partner, expect=403)
    c.call("DELETE", f"/api/v1/offers/{ofid}", None, expect=401)
    c.call("DELETE", f"/api/v1/offers/{ofid}", staff, expect=204)
    c.call("DELETE", f"/api/v1/offers/{ofid}", staff, expect=404)


def speeddating_scenario(c, tokens):
    """Azubi-Speeddating planner (issue 7): participants, plan and run under /api/v1/events/{id}/speeddating."""
    staff, counsellor, national = (tokens[k] for k in ("staff", "counsellor", "national"))
    missing = 999999
    body = {"format": "azubi_speeddating", "title": "Vertragstest-Speeddating", "starts_at": "2031-04-10T09:00",
            "ends_at": "2031-04-10T13:00"}
    _, event = c.call("POST", "/api/v1/events", staff, body, expect=201)
    eid = event["id"] if isinstance(event, dict) else missing
    _, other = c.call("POST", "/api/v1/events", staff, dict(body, format="dialogforum", title="Kein Speeddating"),
                      expect=201)
    oid = other["id"] if isinstance(other, dict) else missing
    base = f"/api/v1/events/{eid}/speeddating"
    youth = {"type": "youth", "name": "Amira K.", "school": "IGS Linden", "occupations": ["koch"],
             "languages": ["ar"], "prepared": True, "max_talks": 3}
    company = {"type": "company", "name": "Hotel Kastens", "occupations": ["koch"], "tables": 2, "places": 1}
    c.call("POST", f"{base}/run", staff, expect=409)  # nobody yet
    c.call("GET", f"{base}/plan", staff, expect=404)  # no plan yet
    c.call("POST", f"{base}/participants", staff, youth, expect=201)
    c.call("POST", f"{base}/participants", staff, company, expect=201)
    c.call("POST", f"{base}/participants", staff, raw="{kaputt", expect=400)
    c.call("POST", f"{base}/participants", staff, dict(youth, name="", occupations=["astronaut"]), expect=422)
    c.call("POST", f"{base}/participants", staff, {"type": "robot"}, expect=422)
    c.call("POST", f"{base}/participants", counsellor, youth, expect=403)
    c.call("POST", f"{base}/participants", None, youth, expect=401)
    c.call("POST", f"/api/v1/events/{missing}/speeddating/participants", staff, youth, expect=404)
    c.call("GET", f"{base}/participants", counsellor, expect=200)
    c.call("GET", f"{base}/participants", national, expect=403)
    c.call("GET", f"{base}/participants", expect=401)
    c.call("GET", f"/api/v1/events/{missing}/speeddating/participants", staff, expect=404)
    c.call("GET", f"/api/v1/events/{oid}/speeddating/participants", staff, expect=409)
    _, plan = c.call("POST", f"{base}/run", staff, expect=200)
    if isinstance(plan, dict) and len(plan.get("talks", [])) != 1:
        c.fail(f"POST {base}/run: expected one talk, got {plan.get('talks')}")
    c.call("POST", f"{base}/run", counsellor, expect=403)
    c.call("POST", f"{base}/run", None, expect=401)
    c.call("POST", f"/api/v1/events/{missing}/speeddating/run", staff, expect=404)
    c.call("GET", f"{base}/plan", counsellor, expect=200)
    c.call("GET", f"{base}/plan", national, expect=403)
    c.call("GET", f"{base}/plan", expect=401)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--spec", help="default: SOURCE_DIR/docs/openapi.yaml")
    ap.add_argument("--share-dir", help="templates/, i18n/ and static/ for the server (default: the binary's own)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    spec_path = args.spec or os.path.join(args.source_dir, "docs", "openapi.yaml")
    spec = Spec(spec_path)
    problems = []

    # The file is a valid OpenAPI 3.1 document as far as this test relies on it, and its schemas
    # are valid JSON Schema.
    if not str(spec.raw.get("openapi", "")).startswith("3."):
        problems.append(f"{spec_path}: 'openapi' is not 3.x")
    for (method, template), op in spec.operations.items():
        for status, response in op.get("responses", {}).items():
            schema, _ = schema_for(op, status)
            if schema is not None and schema is not NOT_JSON:
                try:
                    jsonschema.Draft202012Validator.check_schema(schema)
                except jsonschema.SchemaError as e:
                    problems.append(f"{spec.op_name(method, template)}: status {status}: invalid schema: {e.message}")

    seen_ids = {}
    for (method, template), op in spec.operations.items():
        name = spec.op_name(method, template)
        oid = op.get("operationId")
        if not oid:
            problems.append(f"{name}: no operationId")
        elif oid in seen_ids:
            problems.append(f"{name}: operationId {oid} is used by {seen_ids[oid]} too")
        seen_ids[oid] = name
        if not op.get("responses"):
            problems.append(f"{name}: no responses")
        path_item = spec.doc["paths"][template]
        declared = {p["name"] for p in path_item.get("parameters", []) + op.get("parameters", []) if p["in"] == "path"}
        for param in re.findall(r"\{(\w+)\}", template):
            if param not in declared:
                problems.append(f"{name}: path parameter {param} is not declared")

    # Routes in the code <-> operations in the file.
    code = routes_in_code(args.source_dir)
    documented = set(spec.operations)
    if len(code) < 10:
        problems.append(f"found only {len(code)} /api/v1 routes in src/web/api/*.cpp: the route pattern is outdated")
    for method, path in sorted(code - documented):
        problems.append(f"route {method} {path} is registered in src/web/api but has no operation in {spec_path}")
    for method, path in sorted(documented - code):
        problems.append(f"operation {spec.op_name(method, path)} is in {spec_path} but no such route is registered")

    workdir = tempfile.mkdtemp(prefix="bb-contract-")
    server = Server(args.binary, workdir, args.share_dir)
    checker = None
    try:
        server.cli("demo")
        server.cli("user", "add", "--email", "bund@example.org", "--name", "Bund", "--role", "national",
                   "--password-stdin", stdin="ein sehr langes passwort\n")
        emails = {"admin": "admin@region-hannover.example", "staff": "koordination1@region-hannover.example",
                  "counsellor": "beratung@region-hannover.example",
                  "partner": "partner.kammer@region-hannover.example", "national": "bund@example.org"}
        tokens = {role: server.cli("user", "token", "--email", email, "--name", "contract").strip().splitlines()[-1]
                  for role, email in emails.items()}
        server.start()
        tokens["session_cookie"] = browser_session(server.port, emails["national"], "ein sehr langes passwort")
        checker = Checker(spec, server.port)
        try:
            scenario(checker, tokens)
            events_scenario(checker, tokens)
            speeddating_scenario(checker, tokens)
            offers_scenario(checker, tokens)
        except Exception as e:  # a broken answer must not hide the other findings
            import traceback
            checker.fail("the scenario stopped: " + "".join(traceback.format_exception(e)).strip())
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    problems += checker.failures

    # Every documented operation and status was exercised.
    for (method, template), op in sorted(spec.operations.items()):
        for status in sorted(op.get("responses", {})):
            if (method, template, int(status)) in checker.covered:
                continue
            if (method, template, int(status)) in NOT_EXERCISED:
                continue
            problems.append(f"{spec.op_name(method, template)}: documented status {status} was not exercised")

    for p in problems:
        print("FAIL " + p)
    passed = 0 if problems else 1
    print(f"{checker.calls} requests, {len(spec.operations)} operations, {len(checker.covered)} (operation, status) "
          f"pairs checked against {os.path.relpath(spec_path, args.source_dir)}")
    print(f"{passed} passed, {1 - passed} failed")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
