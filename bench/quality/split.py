"""The design/check split of the development set (bench/quality/README.md, "Design and check halves").

Detection rules are designed on the *design* half only; the *check* half is scored, never
read while designing. A contact's half is decided by a salted SHA-256 of a key:

* social threads (the three TWCS files): the company, lower-cased (`company:applesupport`),
  so all of a company's threads fall in one half whichever file they come from — a rule
  tuned on one company's phrasing is checked on other companies;
* ticket sources (ServiceNow, Jira, ABCD): the source and the contact id.

The salt was chosen before any scoring, among `split0:` … `split11:`, as the one giving the
most even halves in contacts and in labelled flagged contacts (split7: 213 / 254 contacts,
119 / 122 flagged); only the label counts were looked at, not callaudit's answers.
"""
import hashlib

SALT = "split7:"


def key(source, provider, contact_id):
    if source.startswith("twcs"):
        return "company:" + provider.lower()
    return "contact:" + source + "#" + contact_id


def half(source, provider, contact_id):
    """'design' or 'check'."""
    digest = hashlib.sha256((SALT + key(source, provider, contact_id)).encode()).digest()
    return "design" if digest[0] % 2 == 1 else "check"


def half_of_row(row):
    return half(row["source"], row["provider"], row["contact_id"])
