#!/bin/sh
# The rules an XSD cannot express, as data: for each rule listed by
# `jatsify validate --list-rules`, tests/validate/rules/RULE.bad.xml is a
# document it flags with exactly the lines in RULE.expected, and
# RULE.good.xml one it passes. Adding a rule adds three files, no code.
# All fixtures go through one validate call (the schema compiles once).
. "$(dirname "$0")/lib.sh"
R="$top_srcdir/tests/validate/rules"
xsd_dir >/dev/null && schema="--schema $(xsd_dir)" || schema="--schema profile"

"$JATSIFY" validate --list-rules >"$TMP/rules" 2>&1 && [ -s "$TMP/rules" ] && ok "--list-rules lists the rules" || not_ok "--list-rules"
(cd "$R" && "$JATSIFY" validate $schema *.xml) >"$TMP/all.out" 2>&1
while read -r rule level summary; do
    for f in bad.xml good.xml expected; do
        [ -f "$R/$rule.$f" ] || not_ok "$rule: no $rule.$f"
    done
    [ -f "$R/$rule.expected" ] || continue
    n=0
    while IFS= read -r line; do
        n=$((n + 1))
        case "$line" in "$rule.bad.xml:"*": $level: "*" [$rule]") : ;; *) not_ok "$rule.expected line $n is not a $level of $rule.bad.xml: $line"; continue ;; esac
        if grep -qxF -- "$line" "$TMP/all.out"; then ok "$rule flags: $line"; else not_ok "$rule: missing: $line"; grep -F "$rule.bad.xml" "$TMP/all.out" | diag; fi
    done <"$R/$rule.expected"
    [ "$n" -gt 0 ] && ok "$rule: $n expected line(s)" || not_ok "$rule: $rule.expected is empty"
    got=$(grep -c "^$rule.bad.xml:.* \[$rule\]\$" "$TMP/all.out")
    [ "$got" -eq "$n" ] && ok "$rule flags the bad fixture exactly $n time(s)" || { not_ok "$rule flags the bad fixture $got times, expected $n"; grep -F "$rule.bad.xml" "$TMP/all.out" | diag; }
    if grep -q "^$rule.good.xml:" "$TMP/all.out"; then not_ok "$rule.good.xml has problems"; grep -F "$rule.good.xml" "$TMP/all.out" | diag; else ok "$rule passes $rule.good.xml"; fi
    # The man page documents each rule, with its level.
    grep -q "^\.B $(echo "$rule" | sed 's/-/\\\\-/g') \\\\fR($level)" "$top_srcdir/doc/jatsify.1" && ok "$rule is documented in doc/jatsify.1" || not_ok "$rule missing from doc/jatsify.1"
done <"$TMP/rules"

# Levels: errors fail a file, warnings only with --strict; --no-rules is the
# schema alone.
expect_rc() { # DESCRIPTION WANTED_RC COMMAND...
    local d=$1 want=$2; shift 2
    "$@" >"$TMP/out" 2>&1; local rc=$?
    if [ "$rc" -eq "$want" ]; then ok "$d (exit $want)"; else not_ok "$d: exit $rc, wanted $want"; diag <"$TMP/out"; fi
}
expect_rc "an error rule fails the file" 1 "$JATSIFY" validate $schema "$R/issn-check.bad.xml"
expect_rc "a warning rule does not" 0 "$JATSIFY" validate $schema "$R/contrib-type.bad.xml"
grep -q "1 valid, 0 invalid (0 errors, 1 warning)" "$TMP/out" && ok "the summary counts the warning" || { not_ok "summary"; diag <"$TMP/out"; }
expect_rc "--strict: a warning fails the file" 1 "$JATSIFY" validate $schema --strict "$R/contrib-type.bad.xml"
expect_rc "--no-rules: the rule is off" 0 "$JATSIFY" validate $schema --no-rules "$R/issn-check.bad.xml"
grep -q 'issn-check' "$TMP/out" && not_ok "--no-rules still reports issn-check" || ok "--no-rules prints no rule finding"
# A dangling rid is reported with its line and column.
expect_rc "a dangling rid" 1 "$JATSIFY" validate $schema "$R/rid-target.bad.xml"
grep -q "rid-target.bad.xml:47:42: error: rid 'r2' names no id in the document \[rid-target\]" "$TMP/out" && ok "the dangling rid is named with line and column" || { not_ok "dangling rid message"; diag <"$TMP/out"; }
done_testing
