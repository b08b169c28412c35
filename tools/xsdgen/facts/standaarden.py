"""Standards, namespaces and schema versions (spec sections 1 and 3).

The XSD versions go into the appinfo of every generated schema and are what a sender
copies into Header/XsdVersie. All example messages of 3.2 carry 1.0.0 for both the
basisschema and the bericht schema, which is also what the iWmo 3.2 XSDs declare; the
iJw XSDs that were available declare 0.1.0 (spec section 1 and 16). We use 1.0.0.
"""

RELEASE = "3.2"
NAMESPACE_RELEASE = "3_2"

XSD_VERSIE = "1.0.0"
XSD_MIN_VERSIE = "1.0.0"
XSD_MAX_VERSIE = "1.0.0"

# Standard -> prefix of the basisschema namespace, as used in the schemas we write.
STANDAARDEN = ["ijw", "iwmo"]

# Messages generated per standard (keys of messages.BERICHTEN).
BERICHTNUMMERS = ["301", "302", "305", "306", "307", "308", "323", "325"]


def basis_namespace(standaard):
    return "http://www.istandaarden.nl/%s/%s/basisschema/schema" % (standaard, NAMESPACE_RELEASE)


def bericht_namespace(standaard, bericht):
    """bericht is e.g. 'jw301' or 'wmo301'."""
    return "http://www.istandaarden.nl/%s/%s/%s/schema" % (standaard, NAMESPACE_RELEASE, bericht)
