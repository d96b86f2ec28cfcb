#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target from examples/ and the test-kit fixtures.

Run from the repository's root: python3 fuzz-tests/seeds.py. Seeds a campaign found (crash-* files, and
inputs committed as regressions) live beside them and are left alone: only files named seed-* are rewritten.
Each target's input layout is described in its class; the selector tables below follow Target.ALL's order.
"""
import json
import pathlib
import random
import re
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "test-kit/src/main/resources/fixtures"
EXAMPLES = ROOT / "examples"
OUT = ROOT / "fuzz-tests/src/test/resources/io/assistconf/fuzz"
KINDS = ["object", "create", "update", "list-query", "list-response", "error"]
VARIANTS = ["freddy", "cogsol", "burki"]
SCHEMAS = ROOT / "schemas/src/main/resources/assistconf/schemas"


def targets():
    """Target.ALL: each variant's kinds in declaration order, then each kind detected, then both detected."""
    found = [(v, k) for v in VARIANTS for k in KINDS if (SCHEMAS / v / (k + ".json")).exists()]
    return found + [(None, k) for k in KINDS] + [(None, None)]


TARGETS = targets()


def secret_fields():
    fields, maps = set(), set()

    def walk(node):
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if isinstance(prop, dict) and prop.get("x-secret") is True:
                    fields.add(name)
                if isinstance(prop, dict) and isinstance(prop.get("additionalProperties"), dict) \
                        and prop["additionalProperties"].get("x-secret") is True:
                    maps.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for schema in SCHEMAS.glob("*/*.json"):
        walk(json.loads(schema.read_text()))
    return fields, maps


FIELDS, MAPS = secret_fields()


def plant(node, counter):
    """Every secret field's string value becomes sk-fuzz-N, as FuzzedTree plants them."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in FIELDS and isinstance(value, str):
                node[key] = "sk-fuzz-%d" % next(counter)
            elif key in MAPS and isinstance(value, dict):
                for member in value:
                    value[member] = "sk-fuzz-%d" % next(counter)
            else:
                plant(value, counter)
    elif isinstance(node, list):
        for value in node:
            plant(value, counter)
    return node


def counter():
    n = 0
    while True:
        yield n
        n += 1


def fixtures():
    """(name, variant, kind, text) of every fixture payload, from each variant's index.json."""
    for variant in VARIANTS:
        for entry in json.loads((FIXTURES / variant / "index.json").read_text()):
            path = FIXTURES / variant / entry["file"]
            yield variant + "-" + entry["file"].replace("/", "-"), variant, entry["kind"], path.read_text()


def examples():
    """(name, variant, kind, text) of the examples; variant and kind None where the folder does not say."""
    for path in sorted(EXAMPLES.rglob("*")):
        if path.is_file() and path.suffix in (".json", ".yaml", ".yml"):
            parts = path.relative_to(EXAMPLES).parts
            variant = parts[0] if parts[0] in VARIANTS else None
            kind = parts[1] if variant and len(parts) > 2 and parts[1] in KINDS else None
            yield "example-" + "-".join(parts).replace(".", "_"), variant, kind, path.read_text()


def selector(variant, kind):
    return TARGETS.index((variant, kind)) if (variant, kind) in TARGETS else TARGETS.index((None, kind))


def write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("seed-" + re.sub(r"[^A-Za-z0-9_.-]", "_", name))).write_bytes(data)


def clear(folder):
    if folder.exists():
        for old in folder.glob("seed-*"):
            old.unlink()


HOSTILE_YAML = {
    "laughs": "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
              "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
    "merge": "base: &base {name: Bot, temperature: 0.5}\nassistant:\n  <<: [*base, {name: Other}]\n",
    "stream": "---\nname: one\n---\n---\nname: two\n...\n",
    "tab": "name:\n\tx: 1\n",
    "secret-key": "name: Bot\nmcp_tools:\n- server_label: x\n  server_url: https://x\n  authorization:sk-fuzz-key\n",
    "secret-alias": "openai_api_key: &k sk-fuzz-alias\nname: Receptionist\ndeepgram_api_key: *k\n",
    "tags": "!!binary name: !!str 1\nx: !custom {a: 1}\n",
    "inf": "temperature: .inf\ntop_p: .nan\nmax_tokens: 0x10\n",
}


def main():
    json_dir, yaml_dir = OUT / "TextCheckFuzzTestInputs/json", OUT / "TextCheckFuzzTestInputs/yaml"
    query_dir, tree_dir = OUT / "QueryFuzzTestInputs/query", OUT / "TreeFuzzTestInputs/tree"
    config_dir, walk_dir = OUT / "LintConfigFuzzTestInputs/config", OUT / "LintWalkFuzzTestInputs/walk"
    gateway_dir = OUT / "GatewayFuzzTestInputs/request"
    for folder in (json_dir, yaml_dir, query_dir, tree_dir, config_dir, walk_dir, gateway_dir):
        clear(folder)
    routes = {("freddy", "create"): (0, 0), ("freddy", "update"): (1, 1), ("burki", "create"): (0, 2),
              ("burki", "update"): (1, 3), ("cogsol", "create"): (0, 4), ("cogsol", "update"): (1, 5)}
    for name, variant, kind, text in list(fixtures()) + list(examples()):
        if name.endswith(".query") or kind == "list-query" and not text.lstrip().startswith("{"):
            query = text.strip()
            write(query_dir, name, query.encode() + bytes([["freddy", "burki"].index(variant)]))
            continue
        chosen = bytes([selector(variant, kind)])
        planted = text
        if text.lstrip().startswith(("{", "[")):
            if any('"%s"' % field in text for field in FIELDS | MAPS):
                planted = json.dumps(plant(json.loads(text), counter()), indent=1, ensure_ascii=False)
            write(json_dir, name, planted.encode() + chosen)
            if not name.startswith(("freddy-invalid", "cogsol-invalid", "burki-invalid")):
                write(tree_dir, name, planted.encode() + b"\x00" + chosen)
            if kind == "list-query":
                query = urllib.parse.urlencode(json.loads(text), doseq=True)
                write(query_dir, name, query.encode() + bytes([["freddy", "burki"].index(variant)]))
        else:
            write(yaml_dir, name, text.encode() + chosen)
        if (variant, kind) in routes and not name.startswith(("freddy-invalid", "cogsol-invalid", "burki-invalid")):
            method, path = routes[(variant, kind)]
            # read from the end: checker, method, path, content type, trace id, failing body (no), query length 0
            write(gateway_dir, name, planted.encode() + bytes([0, 0, 7, 2, path, method, 0]))
    for name, text in HOSTILE_YAML.items():
        write(yaml_dir, "hostile-" + name, text.encode() + bytes([len(TARGETS) - 1]))
        write(yaml_dir, "hostile-" + name + "-burki", text.encode() + bytes([selector("burki", "object")]))
    for name in ("basic-list", "with-filters"):
        write(yaml_dir, "json-as-yaml-" + name, (FIXTURES / "freddy" / ("002-params-" + ("summary-minimal" if name ==
              "basic-list" else name) + ".json")).read_bytes() + bytes([selector("freddy", "list-query")]))
    for query in ("limit=10&offset=0", "limit=abc", "%zz=%", "limit=1&limit=2", "limit=99999999999999999999",
                  "page_size=1&pageSize=2", "&&=&", "a+b=c+d%20", "authorization=sk-fuzz-q"):
        for variant_index in range(3):
            write(query_dir, "hand-%s-%d" % (query, variant_index), query.encode() + bytes([variant_index]))
    write(config_dir, "examples", (EXAMPLES / ".assistconf.yaml").read_bytes())
    write(config_dir, "examples-broken", (EXAMPLES / "broken/.assistconf.yaml").read_bytes())
    for name, text in {"empty": "", "unclosed": "files: [", "deep": "files:" + " [" * 200,
                       "limits": "limits: {max_depth: 1, max_nodes: 2, bogus: 3}\n",
                       "catalogue": "catalogues: [missing.json, ../../etc/passwd]\n",
                       "severity": "severity: {internal_error: off, unknown_property: error, nope: warning}\n",
                       "files": "files:\n- glob: '**/*.json'\n  variant: freddy\n  kind: create\n- glob: '[a-'\n",
                       "strict": "strict: yes\nignore: ['**', 7]\njson-comments: true\n",
                       "alias": "a: &a {strict: true}\n<<: *a\n", "scalar": "just text\n",
                       "control": "files:\n- glob: \"\\u001b[31m\"\n"}.items():
        write(config_dir, "hand-" + name, text.encode())
    rng = random.Random(15)
    for n in range(12):
        write(walk_dir, "random-%d" % n, bytes(rng.randrange(256) for _ in range(120)))


if __name__ == "__main__":
    main()
