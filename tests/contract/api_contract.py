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


def schema_for(op, status):
    response = op.get("responses", {}).get(str(status))
    if response is None:
        return None, False
    content = response.get("content")
    if not content:
        return None, True
    media = content.get("application/json")
    if media is None:
        return None, True
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
                status, text, ctype = res.status, res.read().decode(), res.headers.get("Content-Type", "")
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
            if schema is not None:
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
