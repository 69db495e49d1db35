/* masthead_link_check - article authors who are masthead staff get their
 * masthead roles and office xrefs (jfyp_masthead_link_authors). Builds the
 * trees the recognizers would: authors in a front CONTRIBS, staff in the
 * journal's "masthead" CONTRIBS with an office AFF. Prints TAP. */
#include <stdio.h>
#include <string.h>

#include "../src/masthead.h"
#include "../src/node.h"

static int n_tests, n_failed;

static void check(int ok, const char *what) {
    n_tests++;
    if (!ok)
        n_failed++;
    printf("%s %d - %s\n", ok ? "ok" : "not ok", n_tests, what);
}

static jfy_node *person(jfy_node *group, const char *given, const char *surname) {
    jfy_node *c = jfyp_node_new(JFY_N_CONTRIB), *n = jfyp_node_new(JFY_N_NAME);
    jfyp_node_set_attr(n, "given", given);
    jfyp_node_set_attr(n, "surname", surname);
    jfyp_node_append(c, n);
    jfyp_node_append(group, c);
    return c;
}

static jfy_node *child_with(jfy_node *c, jfy_node_type t, int nth) {
    for (jfy_node *k = c->first; k; k = k->next)
        if (k->type == t && nth-- == 0)
            return k;
    return NULL;
}

static int count(jfy_node *c, jfy_node_type t) {
    int n = 0;
    for (jfy_node *k = c->first; k; k = k->next)
        n += k->type == t;
    return n;
}

int main(void) {
    jfy_node *front = jfyp_node_new(JFY_N_FRONT), *journal = jfyp_node_new(JFY_N_JOURNAL);
    jfyp_node_append(front, journal);
    jfy_node *aff = jfyp_node_new(JFY_N_AFF);
    jfyp_node_set_attr(aff, "id", "office7");
    jfyp_node_append(journal, aff);
    jfy_node *staff = jfyp_node_new(JFY_N_CONTRIBS);
    jfyp_node_set_attr(staff, "content-type", "masthead");
    jfyp_node_append(journal, staff);
    jfy_node *s1 = person(staff, "Wilhelmina", "Okafor-Lund");
    jfyp_node_append(s1, jfyp_node_new_text(JFY_N_ROLE, "Chief Editor"));
    jfyp_node_append(s1, jfyp_node_new_text(JFY_N_ROLE, "Publisher"));
    jfy_node *x = jfyp_node_new(JFY_N_XREF);
    jfyp_node_set_attr(x, "ref-type", "aff");
    jfyp_node_set_attr(x, "rid", "office7");
    jfyp_node_append(s1, x);
    jfy_node *s2 = person(staff, "Bram", "Zeller");
    x = jfyp_node_new(JFY_N_XREF);
    jfyp_node_set_attr(x, "ref-type", "aff");
    jfyp_node_set_attr(x, "rid", "office7");
    jfyp_node_append(s2, x);

    jfy_node *authors = jfyp_node_new(JFY_N_CONTRIBS);
    jfyp_node_append(front, authors);
    /* As the authors recognizer writes a name printed in capitals,
     * recased; matching ignores case all the same. */
    jfy_node *a1 = person(authors, "WILHELMINA", "OKAFOR-LUND");
    jfyp_node_set_attr(a1, "contrib-type", "author");
    jfy_node *a2 = person(authors, "Nobody", "Elsewhere");
    jfy_node *a3 = person(authors, "Brigitte", "Zeller"); /* same surname, other person */
    jfy_node *a4 = person(authors, "B.", "Zeller");       /* initials of a staff member */

    int linked = jfyp_masthead_link_authors(front, journal);
    check(linked == 2, "two authors are masthead staff");
    check(count(a1, JFY_N_ROLE) == 2, "both masthead roles copied to the author");
    jfy_node *r = child_with(a1, JFY_N_ROLE, 0);
    check(r && r->text && strcmp(r->text, "Chief Editor") == 0, "first role text");
    jfy_node *ax = child_with(a1, JFY_N_XREF, 0);
    check(ax && jfyp_node_attr(ax, "rid") && strcmp(jfyp_node_attr(ax, "rid"), "office7") == 0 &&
              strcmp(jfyp_node_attr(ax, "ref-type"), "aff") == 0,
          "the author's xref points at the masthead office");
    check(count(a2, JFY_N_ROLE) == 0 && count(a2, JFY_N_XREF) == 0,
          "an author not in the masthead is left alone");
    check(count(a3, JFY_N_ROLE) == 0, "a shared surname alone is no match");
    check(count(a4, JFY_N_XREF) == 1 && count(a3, JFY_N_XREF) == 0,
          "initials match the staff member's given name");
    jfyp_masthead_link_authors(front, journal);
    check(count(a1, JFY_N_ROLE) == 2 && count(a1, JFY_N_XREF) == 1,
          "linking twice adds nothing twice");
    check(count(staff, JFY_N_CONTRIB) == 2, "the masthead itself is unchanged");

    jfy_node *bare = jfyp_node_new(JFY_N_FRONT);
    jfy_node *bj = jfyp_node_new(JFY_N_JOURNAL);
    jfyp_node_append(bare, bj);
    check(jfyp_masthead_link_authors(bare, bj) == 0, "no masthead, nothing linked");
    jfyp_node_free(bare);
    jfyp_node_free(front);
    printf("1..%d\n", n_tests);
    return n_failed != 0;
}
