"""The exported XML against schema subsets, and its structure.

The schemas below are subsets written for this
file from the TMX 1.4b and XLIFF 1.2 / 2.1 specifications: no package on PyPI ships the
official TMX DTD or XLIFF XSDs, and nothing else may be downloaded here. Each subset covers
exactly the elements and attributes aligner writes (required ones required, content models
in the order the specs impose), so it is stricter than the full grammar for our output.
"""

from __future__ import annotations

from io import StringIO

from lxml import etree

from aligner.io.export import (
    XLIFF2_NS,
    XLIFF12_NS,
    XML_LANG,
    Unit,
    render,
)
from tests.export_samples import (
    SAMPLE,
)

# --------------------------------------------------------------------------- schema validation

# TMX 1.4b DTD, the part aligner writes (no ude/note/inline codes): header attributes
# required as in the spec, segtype enumerated, props before tuvs, one seg per tuv.
TMX_DTD = """
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx version CDATA #FIXED "1.4">
<!ELEMENT header (prop)*>
<!ATTLIST header
  creationtool CDATA #REQUIRED
  creationtoolversion CDATA #REQUIRED
  segtype (block|paragraph|sentence|phrase) #REQUIRED
  o-tmf CDATA #REQUIRED
  adminlang CDATA #REQUIRED
  srclang CDATA #REQUIRED
  datatype CDATA #REQUIRED>
<!ELEMENT body (tu*)>
<!ELEMENT tu ((prop)*, tuv+)>
<!ATTLIST tu tuid CDATA #IMPLIED srclang CDATA #IMPLIED>
<!ELEMENT tuv (seg)>
<!ATTLIST tuv xml:lang CDATA #REQUIRED>
<!ELEMENT seg (#PCDATA)>
<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop type CDATA #REQUIRED>
"""

# XLIFF 2.1 core, the part aligner writes: xliff > file+ > unit+ > notes? segment+.
XLIFF2_RNG = f"""
<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{XLIFF2_NS}"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="xliff">
      <attribute name="version"><value>2.1</value></attribute>
      <attribute name="srcLang"><data type="language"/></attribute>
      <attribute name="trgLang"><data type="language"/></attribute>
      <oneOrMore>
        <element name="file">
          <attribute name="id"><data type="NMTOKEN"/></attribute>
          <optional><attribute name="original"/></optional>
          <oneOrMore><ref name="unit"/></oneOrMore>
        </element>
      </oneOrMore>
    </element>
  </start>
  <define name="unit">
    <element name="unit">
      <attribute name="id"><data type="NMTOKEN"/></attribute>
      <optional><attribute name="name"/></optional>
      <optional>
        <attribute name="xml:space"><choice><value>default</value><value>preserve</value></choice>
        </attribute>
      </optional>
      <optional>
        <element name="notes">
          <oneOrMore>
            <element name="note"><optional><attribute name="category"/></optional><text/></element>
          </oneOrMore>
        </element>
      </optional>
      <oneOrMore>
        <element name="segment">
          <element name="source"><text/></element>
          <optional><element name="target"><text/></element></optional>
        </element>
      </oneOrMore>
    </element>
  </define>
</grammar>
"""

# XLIFF 1.2 strict, the part aligner writes: file (original, source-language and datatype
# required) > header? > body > trans-unit+ with source, target?, then notes.
XLIFF12_RNG = f"""
<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{XLIFF12_NS}"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="xliff">
      <attribute name="version"><value>1.2</value></attribute>
      <oneOrMore>
        <element name="file">
          <attribute name="original"/>
          <attribute name="source-language"><data type="language"/></attribute>
          <optional><attribute name="target-language"><data type="language"/></attribute></optional>
          <attribute name="datatype"/>
          <optional><attribute name="tool-id"/></optional>
          <optional>
            <element name="header">
              <zeroOrMore>
                <element name="tool">
                  <attribute name="tool-id"/>
                  <attribute name="tool-name"/>
                  <optional><attribute name="tool-version"/></optional>
                </element>
              </zeroOrMore>
            </element>
          </optional>
          <element name="body"><oneOrMore><ref name="trans-unit"/></oneOrMore></element>
        </element>
      </oneOrMore>
    </element>
  </start>
  <define name="trans-unit">
    <element name="trans-unit">
      <attribute name="id"/>
      <optional>
        <attribute name="xml:space"><choice><value>default</value><value>preserve</value></choice>
        </attribute>
      </optional>
      <element name="source"><text/></element>
      <optional><element name="target"><text/></element></optional>
      <zeroOrMore>
        <element name="note"><optional><attribute name="from"/></optional><text/></element>
      </zeroOrMore>
    </element>
  </define>
</grammar>
"""


def _parsed(units: list[Unit], fmt: str) -> etree._ElementTree:
    [(_, text)] = render(units, fmt)
    return etree.ElementTree(etree.fromstring(text.encode("utf-8")))


def _assert_valid(schema, tree) -> None:
    assert schema.validate(tree), schema.error_log


def test_tmx_is_valid_against_the_tmx14b_dtd_subset():
    _assert_valid(etree.DTD(StringIO(TMX_DTD)), _parsed(SAMPLE, "tmx"))


def test_xliff2_is_valid_against_the_xliff21_schema_subset():
    schema = etree.RelaxNG(etree.fromstring(XLIFF2_RNG.encode()))
    _assert_valid(schema, _parsed(SAMPLE, "xliff"))


def test_xliff12_is_valid_against_the_xliff12_schema_subset():
    schema = etree.RelaxNG(etree.fromstring(XLIFF12_RNG.encode()))
    _assert_valid(schema, _parsed(SAMPLE, "xliff12"))


def test_the_schema_subsets_do_reject_broken_documents():
    # A validator that accepts everything proves nothing: break each document once.
    tmx = _parsed(SAMPLE, "tmx")
    del tmx.getroot().find("header").attrib["srclang"]
    assert not etree.DTD(StringIO(TMX_DTD)).validate(tmx)
    xliff = _parsed(SAMPLE, "xliff")
    unit_element = xliff.getroot().find(f"{{{XLIFF2_NS}}}file/{{{XLIFF2_NS}}}unit")
    unit_element.append(unit_element.find(f"{{{XLIFF2_NS}}}notes"))  # notes after segment
    assert not etree.RelaxNG(etree.fromstring(XLIFF2_RNG.encode())).validate(xliff)


def test_tmx_structure():
    root = _parsed(SAMPLE, "tmx").getroot()
    header = root.find("header")
    assert root.get("version") == "1.4"
    assert header.get("srclang") == "es" and header.get("creationtool") == "aligner"
    assert header.get("segtype") == "sentence" and header.get("o-tmf") and header.get("adminlang")
    tus = root.findall("body/tu")
    assert len(tus) == len(SAMPLE)  # one tu per bead
    first = tus[0]
    props = {p.get("type"): p.text for p in first.findall("prop")}
    assert props == {
        "x-aligner-score": "0.9",
        "x-aligner-bead": "1-1",
        "x-aligner-doc": "nota",
        "x-aligner-findings": "number-mismatch,entity",
    }
    assert [tuv.get(XML_LANG) for tuv in first.findall("tuv")] == ["es", "ar"]
    assert "x-aligner-score" not in {p.get("type") for p in tus[2].findall("prop")}  # no score


def test_xliff2_structure():
    root = _parsed(SAMPLE, "xliff").getroot()
    q = lambda name: f"{{{XLIFF2_NS}}}{name}"  # noqa: E731
    assert root.tag == q("xliff") and root.get("version") == "2.1"
    assert (root.get("srcLang"), root.get("trgLang")) == ("es", "ar")
    units = root.findall(f"{q('file')}/{q('unit')}")
    assert len(units) == len(SAMPLE)
    notes = {n.get("category"): n.text for n in units[1].iter(q("note"))}
    assert notes == {"aligner-score": "0.123456789", "aligner-bead": "1-1"}
    assert units[0].get("name") == "nota:0"


def test_tmx_header_declares_the_dtd_and_utf8():
    [(_, text)] = render(SAMPLE[:1], "tmx")
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE tmx SYSTEM")
