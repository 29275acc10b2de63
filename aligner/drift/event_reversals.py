"""A news event said as its opposite, where the literal MT cannot show it (session 38,
lead): "subió los tipos" → "cut rates", "liberó a los detenidos" → "arrested the
detainees", "retiró la acusación" → "pressed charges", "fichó al delantero" → "sold the
striker", "a puerta cerrada" → "in public", "con retraso" → "early".

These are the facts a news report turns on, and each is said by an idiom of the trade
that Apertium renders word by word ("went up the types", "removed the indictment",
"*fichó", "to enclosed door", "with two hours of delay", "left in liberty"): the word
opposites read through the MT (:mod:`aligner.drift.opposite_words`) find no English word
to set against the translation's.

So each side is read in its own language against closed tables of event families, two
poles each (rates raised or cut; a person freed or held; charges dropped or brought; a
player signed or sold; a team promoted or relegated; a meeting behind closed doors or in
public; late or early; restrictions lifted or imposed; support withdrawn or given; a date
put off or brought forward; and since session 39 a contract or deadline extended or ended,
resigned or dismissed, a market up or down, ahead or behind, a filing heard or refused,
pardoned or sentenced, a match won, drawn or lost, people who stayed or left). French,
Italian and Portuguese are read through their pivot's Spanish. A family is reported only
when each side says exactly one of its poles and the two differ, so a sentence that says
both ("subió los tipos y bajó el IVA") is left alone, and so is a translation that keeps
the source's pole beside the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from aligner.drift.pivot_reading import own_or_pivot
from aligner.drift.signals import Evidence, Finding, Side
from aligner.drift.text import Cue, Tok, find_cues, labelled
from aligner.textutil import quote


def _either_order(verbs: str, objects: str) -> list[str]:
    """ "subió los tipos" and "los tipos subieron": a verb and its object, a gap between."""
    out = []
    for verb in verbs.split():
        for thing in objects.split():
            out += [f"{verb} … {thing}", f"{thing} … {verb}"]
    return out


def _before(verbs: str, objects: str) -> list[str]:
    """A verb before its object only: "retiró la acusación"."""
    return [f"{verb} … {thing}" for verb in verbs.split() for thing in objects.split()]


# --- rates, taxes and prices raised or cut ---
_ES_LEVIES = (
    "tipos tipo tasas tasa impuestos impuesto precios precio tarifas tarifa aranceles "
    "arancel salarios salario sueldos pensiones cuotas iva alquileres"
)
_EN_LEVIES = "rates rate taxes tax prices tariffs duties wages salaries pensions fees rents vat"
# Verb forms of "elevar" only: "elevada" is high, and "menos elevada" lower.
_ES_UP = (
    "subi* sube suben elevó elevaron elevar elevará elevarán eleva elevan aument* "
    "increment* encarec* alza"
)
_ES_DOWN = (
    "bajó bajaron bajar bajará bajarán baja bajan bajada bajado rebaj* redu* recort* disminu* "
    "abarat*"
)
_EN_UP = "rais* hike* increas* lift* rose rise rises rising risen climb* jump* soar*"
_EN_DOWN = (
    "cut cuts cutting lower* reduc* slash* trim* fell fall falls falling fallen drop* declin* "
    "decreas*"
)

# --- a person freed or held ---
_ES_FREED = [
    "liberó", "liberaron", "liberado", "liberada", "liberados", "liberadas", "liberar",
    "liberará", "liberarán", "libera", "liberan", "liberación", "excarcel*",
    "en libertad", "libertad bajo fianza", "libertad provisional", "libertad condicional",
]  # fmt: skip
_ES_HELD = [
    "detuvo", "detuvieron", "detiene", "detienen", "detener", "fue detenido",
    "fue detenida", "fueron detenidos", "fueron detenidas", "ha detenido", "han detenido",
    "arrestó", "arrestaron", "arrestado", "arrestada", "arrestados", "arrestar", "encarcel*",
    "envi* … a prisión", "envi* … a la cárcel", "prisión provisional", "prisión preventiva",
    "ingres* en prisión",
]  # fmt: skip
_EN_FREED = [
    "released", "release", "releases", "releasing", "freed", "frees", "freeing", "set free",
    "set … free", "on bail", "bailed",
]  # fmt: skip
_EN_HELD = [
    "arrest*", "detained", "detain", "detains", "detaining", "jailed", "jail", "jails",
    "imprison*", "sent … to prison", "sent … to jail", "behind bars", "into custody",
    "remanded",
]  # fmt: skip

# --- charges dropped or brought ---
_ES_CHARGES = "acusación acusaciones cargos denuncia denuncias querella querellas demanda"
_ES_CASE = "causa caso investigación"
_EN_CHARGES = "charges charge complaint complaints lawsuit suit case"
_ES_DROPPED = _before("retir* desist*", _ES_CHARGES) + _before("archiv*", _ES_CASE) + ["sobresey*"]
_ES_BROUGHT = _before("present* formul* interpus* interpon*", _ES_CHARGES) + [
    "imput*",
    "acus* formalmente",
]
_EN_DROPPED = _before("drop* withdr* dismiss* abandon* shelv*", _EN_CHARGES)
_EN_BROUGHT = _before("press* brought bring* file* lodg* laid lay*", _EN_CHARGES) + [
    "charged",
    "indicted",
]

# --- a player signed or sold ---
_ES_SIGNED = ["fichó", "ficharon", "fichado", "fichada", "fichar", "fichará", "fichaje", "fichajes"]
_ES_SOLD = ["vendió", "vendieron", "vendido", "vender", "venderá", "traspas*"]
_EN_SIGNED = ["signed", "signing", "signings", "sign", "signs", "bought", "buy", "buys", "recruit*"]
_EN_SOLD = ["sold", "sell", "sells", "selling", "sale", "offload*"]

# --- a team or a person promoted or relegated ---
_ES_PROMOTED = [
    "ascendió",
    "ascendieron",
    "ascendido",
    "ascender",
    "asciende",
    "ascenso",
    "ascensos",
]
_ES_RELEGATED = [
    "descendió", "descendieron", "descendido", "descender", "desciende", "descenso", "descensos",
]  # fmt: skip
_EN_PROMOTED = ["promoted", "promotion", "won promotion", "moved up", "went up"]
_EN_RELEGATED = ["relegat*", "demot*", "went down", "dropped down"]

# --- a meeting behind closed doors or in public ---
_ES_CLOSED = [
    "a puerta cerrada", "a puertas cerradas", "en privado", "en secreto", "de forma privada",
    "de forma secreta",
]  # fmt: skip
_ES_PUBLIC = [
    "en público", "públicamente", "a puerta abierta", "a puertas abiertas", "de forma pública",
    "abierta al público", "abierto al público",
]  # fmt: skip
_EN_CLOSED = [
    "behind closed doors", "in private", "privately", "in secret", "secretly", "closed-door",
    "in camera",
]  # fmt: skip
_EN_PUBLIC = ["in public", "publicly", "open to the public", "in open session", "openly"]

# --- late or early ---
_DURATIONS = "minutes minute hours hour days day weeks week months month years year"
_ES_LATE = [
    "con … retraso",
    "con demora",
    "con retardo",
    "se retras*",
    "llegó tarde",
    "llegaron tarde",
]
_ES_EARLY = [
    "con … antelación", "con … adelanto", "antes de lo previsto", "antes de tiempo",
    "antes de hora", "se adelant*",
]  # fmt: skip
_EN_LATE = [f"{d} late" for d in _DURATIONS.split()] + [
    "arrived late", "arrive late", "arrives late", "came late", "delay*", "behind schedule",
    "belated*", "overdue",
]  # fmt: skip
_EN_EARLY = [f"{d} early" for d in _DURATIONS.split()] + [
    "arrived early", "arrive early", "arrives early", "came early", "ahead of schedule",
    "ahead of time", "earlier than planned", "earlier than expected", "sooner than expected",
    "in advance", "prematurely",
]  # fmt: skip

# --- restrictions lifted or imposed ---
_ES_CURBS = (
    "estado toque prohibición veto sanciones embargo confinamiento restricciones cuarentena "
    "suspensión bloqueo"
)
_EN_CURBS = (
    "state curfew ban veto sanctions embargo lockdown restrictions quarantine suspension blockade"
)
# "declaró el fin del estado de alarma": the end, declared, is the restriction lifted.
_ES_ENDINGS = [
    "declar* el fin", "decret* el fin", "anunci* el fin", "pus* fin a", "pone* fin a",
    "fin del estado", "fin de la cuarentena", "fin del confinamiento", "fin del toque",
    "fin de las restricciones",
]  # fmt: skip
_EN_ENDINGS = [
    "declar* the end", "announc* the end", "put an end to", "puts an end to", "end of the state",
    "end of the lockdown", "end of the quarantine", "end of the curfew", "end of restrictions",
    "end of the restrictions",
]  # fmt: skip
_ES_LIFTED = _ES_ENDINGS + _either_order("levant*", _ES_CURBS)
_ES_IMPOSED = _either_order("decret* impus* impon* establec* prorrog*", _ES_CURBS) + _before(
    "declar*", "estado"
)
_EN_LIFTED = _EN_ENDINGS + _either_order("lift* scrap* revok* end ended ends", _EN_CURBS)
_EN_IMPOSED = _either_order("impos* declar* decree* introduc* extend* enforc*", _EN_CURBS)

# --- support withdrawn or given ---
_ES_WITHDRAWN = _before("retir*", "apoyo respaldo confianza")
_ES_GIVEN = _before(
    "brind* ofrec* dio dieron da dan prest* manifest* expres* mostr* renov* reiter*",
    "apoyo respaldo",
)
_EN_WITHDRAWN = _before("withdr* pull* withheld", "support backing") + ["no longer support*"]
_EN_GIVEN = _before(
    "gave give gives giving offer* lent lend* express* reaffirm* renew* pledg* threw throw*",
    "support backing",
)

# --- a date put off or brought forward ---
_ES_EVENTS = "elecciones comicios votación reunión cumbre juicio fecha congreso consulta"
_ES_PUT_OFF = ["aplaz*", "pospus*", "pospon*", "posterg*"]
_ES_FORWARD = _before("adelant* anticip*", _ES_EVENTS) + [
    "elecciones anticipadas",
    "adelanto electoral",
]
_EN_PUT_OFF = ["postpon*", "put off", "pushed back", "deferr*", "defer", "defers", "adjourn*"]
_EN_FORWARD = [
    "brought … forward", "bring … forward", "brings … forward", "moved up", "snap election",
    "snap elections", "early election", "early elections",
]  # fmt: skip

# --- a patient discharged or admitted ---
_ES_DISCHARGED = [
    "dio de alta", "dieron de alta", "dado de alta", "dada de alta", "dados de alta",
    "recibió el alta", "recibieron el alta", "alta hospitalaria", "alta médica",
]  # fmt: skip
_ES_ADMITTED = [
    "ingresó", "ingresaron", "ingresado", "ingresada", "ingresados", "hospitaliz*",
]  # fmt: skip
_EN_DISCHARGED = ["discharged", "discharge", "released from hospital", "sent home"]
_EN_ADMITTED = ["admitted to", "admitted the", "hospitali*", "taken to hospital"]

# --- talks, work or a service resumed or suspended ---
_ES_RESUMED = ["reanud*", "retom*", "reinici*"]
_ES_SUSPENDED = ["suspend*", "interrump*", "paraliz*", "congel*"]
_EN_RESUMED = ["resum*", "restart*", "reopen*"]
_EN_SUSPENDED = ["suspend*", "halt*", "paus*", "interrupt*", "froze", "frozen", "freez*",
                 "broke off", "called off"]  # fmt: skip

# --- a fire still burning or put out ---
_ES_BURNING = [
    "sigue activo", "continúa activo", "sigue sin control", "fuera de control", "descontrolad*",
    "sin control", "sigue ardiendo", "avanza sin control",
]  # fmt: skip
_ES_OUT = [
    "extingui*", "sofocad*", "sofocó", "sofocaron", "apagad*", "apagó", "apagaron",
    "controlado", "controlada", "bajo control", "estabilizad*", "perimetrad*",
]  # fmt: skip
_EN_BURNING = [
    "still burning", "still active", "out of control", "uncontrolled", "raging", "still raging",
]  # fmt: skip
_EN_OUT = [
    "put out", "extinguish*", "under control", "contained", "controlled", "stabilised",
    "stabilized",
]  # fmt: skip

# --- a strike called or called off ---
_ES_STRIKE_CALLED = _either_order("convoc* anunci*", "huelga paro huelgas")
_ES_STRIKE_OFF = ["desconvoc*"] + _before("cancel* suspend*", "huelga paro")
_EN_STOPPAGES = "strike strikes walkout"
_EN_STRIKE_CALLED = _before("call* announc* staged stage*", _EN_STOPPAGES) + [
    "went on strike", "go on strike", "goes on strike", "will strike",
]  # fmt: skip
_EN_STRIKE_OFF = [
    f"{verb} … {thing}" for verb in ("call* off", "cancel*") for thing in _EN_STOPPAGES.split()
] + ["called … off"]

# --- a contract, a deal or a deadline extended or ended ---
_ES_DEALS = "contrato contratos convenio acuerdo plazo mandato concesión licencia alquiler"
_EN_DEALS = (
    "contract contracts deal agreement deadline period term mandate concession licence license "
    "lease"
)
_ES_EXTENDED = _either_order("prorrog* renov* amplió ampliaron ampliará ampliar amplía", _ES_DEALS)
_ES_ENDED = _either_order("rescind* cancel* anul* rompió rompieron revoc*", _ES_DEALS)
_EN_EXTENDED = _either_order("extend* renew* prolong*", _EN_DEALS)
_EN_ENDED = _either_order("terminat* cancel* scrap* rescind* revok* annul* tore ended clos*",
                          _EN_DEALS)  # fmt: skip

# --- who left office: resigned or dismissed ---
_ES_RESIGNED = [
    "dimiti*", "dimisión", "presentó su renuncia", "renunció al cargo", "renunció a su cargo",
    "dejó el cargo", "abandonó el cargo",
]  # fmt: skip
_ES_DISMISSED = [
    "destitu*", "cesó", "cesaron", "cesado", "cesada", "fue cesado", "su cese", "el cese",
    "despidió al", "despidieron al", "fue despedido", "fue despedida", "expuls*",
]  # fmt: skip
_EN_RESIGNED = ["resign*", "stepped down", "step down", "steps down", "stepping down", "quit"]
_EN_DISMISSED = [
    "sacked", "sacking", "fired", "dismiss*", "ousted", "ousting", "removed from office",
    "removed from his post", "removed from her post", "forced out", "expelled",
]  # fmt: skip

# --- a market or a forecast: up or down ---
_ES_MARKET_UP = ["al alza", "en positivo", "en verde", "con ganancias", "con subidas"]
_ES_MARKET_DOWN = [
    "a la baja", "en negativo", "en rojo", "en números rojos", "con pérdidas", "con caídas",
]  # fmt: skip
_EN_MARKET_UP = [
    "closed higher", "ended higher", "finished higher", "closed up", "upward*", "upwards",
    "in the green", "in positive territory", "in the black",
]  # fmt: skip
_EN_MARKET_DOWN = [
    "closed lower", "ended lower", "finished lower", "closed down", "downward*", "downwards",
    "in the red", "in negative territory",
]  # fmt: skip

# --- standings: ahead or behind ---
_ES_AHEAD = ["encabez*", "lidera", "lideran", "lideraba", "lideró", "en cabeza", "aventaj*"]
_ES_BEHIND = ["a la zaga", "por detrás de", "rezagad*"]
_EN_AHEAD = ["leads", "leading the", "led the", "tops", "topped", "in the lead", "front-runner",
             "frontrunner", "ahead in"]  # fmt: skip
_EN_BEHIND = ["trail*", "lags", "lagging", "lagged", "behind in"]

# --- a court's or a body's ruling on a filing: admitted or dismissed ---
_ES_FILINGS = "demanda recurso querella denuncia petición solicitud"
_EN_FILINGS = "lawsuit suit appeal complaint case petition request application"
_ES_HEARD = ["admit* a trámite", "admiti* … a trámite"] + _either_order("estim*", _ES_FILINGS)
_ES_REFUSED = ["inadmit*"] + _either_order("desestim* rechaz*", _ES_FILINGS)
_EN_HEARD = _either_order("admitted accepted upheld allowed granted", _EN_FILINGS) + [
    "agreed to hear", "will hear", "to hear the",
]  # fmt: skip
_EN_REFUSED = _either_order("dismiss* reject* denied threw thrown", _EN_FILINGS)

# --- a convict pardoned or sentenced ---
_ES_PARDONED = ["indult*", "amnisti*"]
_ES_SENTENCED = [
    "condenó", "condenaron", "ha condenado", "han condenado", "fue condenado", "fue condenada",
    "fueron condenados", "sentenció",
]  # fmt: skip
_EN_PARDONED = ["pardon*", "amnesty", "granted clemency", "commuted"]
_EN_SENTENCED = ["sentenced", "convicted", "jailed", "was sentenced", "were sentenced"]

# --- a match: won, drawn or lost ---
_ES_WON = [
    "venció a", "vencieron a", "derrotó a", "derrotaron a", "derrotó al", "derrotaron al",
    "goleó", "golearon", "se impuso", "se impusieron", "ganó a", "ganaron a", "ganó al",
    "ganaron al", "venció al", "vencieron al",
]  # fmt: skip
_ES_DRAWN = ["empat*", "tablas"]
_ES_LOST = [
    "perdió ante", "perdieron ante", "perdió contra", "perdieron contra", "cayó ante",
    "cayeron ante", "fue derrotado", "fueron derrotados", "fue goleado", "fueron goleados",
]  # fmt: skip
_EN_WON = ["beat", "beats", "defeated", "thrashed", "won against", "victory over", "win over",
           "won … against"]  # fmt: skip
_EN_DRAWN = ["drew", "draw", "drawn", "tied", "held … to a draw", "a draw"]
_EN_LOST = [
    "lost to", "lost against", "fell to", "was beaten", "were beaten", "defeated by",
    "beaten by", "lost … to", "lost … against", "defeat to", "defeat against",
]  # fmt: skip

# --- people stayed or left (a home, a post, a country: evacuations, exiles) ---
_ES_STAYED = [
    "se quedó", "se quedaron", "se queda", "se quedan", "se quedará", "se quedarán",
    "permaneci*", "permanec*", "siguen en", "siguieron en",
]  # fmt: skip
_ES_LEFT = [
    "se marchó", "se marcharon", "se fue", "se fueron", "abandonó", "abandonaron", "salió de",
    "salieron de", "huyó", "huyeron", "evacu*", "desalojad*",
]  # fmt: skip
_EN_STAYED = ["stay*", "remain*", "stayed"]
_EN_LEFT = [
    "left home", "left their", "left his", "left her", "left the", "walked out", "departed",
    "fled", "evacuat*", "abandon*",
]  # fmt: skip

# (family, pole, how the message says it, Spanish cues, English cues)
_POLES = (
    ("levy", "raised", "raised", _either_order(_ES_UP, _ES_LEVIES),
     _either_order(_EN_UP, _EN_LEVIES)),
    ("levy", "cut", "cut", _either_order(_ES_DOWN, _ES_LEVIES),
     _either_order(_EN_DOWN, _EN_LEVIES)),
    ("custody", "freed", "someone was freed", _ES_FREED, _EN_FREED),
    ("custody", "held", "someone was detained", _ES_HELD, _EN_HELD),
    ("charges", "dropped", "charges were dropped", _ES_DROPPED, _EN_DROPPED),
    ("charges", "brought", "charges were brought", _ES_BROUGHT, _EN_BROUGHT),
    ("transfer", "signed", "a player was signed", _ES_SIGNED, _EN_SIGNED),
    ("transfer", "sold", "a player was sold", _ES_SOLD, _EN_SOLD),
    ("rank", "promoted", "a promotion", _ES_PROMOTED, _EN_PROMOTED),
    ("rank", "relegated", "a relegation", _ES_RELEGATED, _EN_RELEGATED),
    ("doors", "closed", "behind closed doors", _ES_CLOSED, _EN_CLOSED),
    ("doors", "public", "in public", _ES_PUBLIC, _EN_PUBLIC),
    ("timing", "late", "late", _ES_LATE, _EN_LATE),
    ("timing", "early", "early", _ES_EARLY, _EN_EARLY),
    ("curbs", "lifted", "a restriction lifted", _ES_LIFTED, _EN_LIFTED),
    ("curbs", "imposed", "a restriction imposed or kept", _ES_IMPOSED, _EN_IMPOSED),
    ("backing", "withdrawn", "support withdrawn", _ES_WITHDRAWN, _EN_WITHDRAWN),
    ("backing", "given", "support given", _ES_GIVEN, _EN_GIVEN),
    ("date", "put_off", "a date put off", _ES_PUT_OFF, _EN_PUT_OFF),
    ("date", "forward", "a date brought forward", _ES_FORWARD, _EN_FORWARD),
    ("hospital", "discharged", "a patient discharged", _ES_DISCHARGED, _EN_DISCHARGED),
    ("hospital", "admitted", "a patient admitted", _ES_ADMITTED, _EN_ADMITTED),
    ("activity", "resumed", "something resumed", _ES_RESUMED, _EN_RESUMED),
    ("activity", "suspended", "something suspended", _ES_SUSPENDED, _EN_SUSPENDED),
    ("fire", "burning", "a fire still burning", _ES_BURNING, _EN_BURNING),
    ("fire", "out", "a fire put out or under control", _ES_OUT, _EN_OUT),
    ("strike", "called", "a strike called", _ES_STRIKE_CALLED, _EN_STRIKE_CALLED),
    ("strike", "off", "a strike called off", _ES_STRIKE_OFF, _EN_STRIKE_OFF),
    ("deal", "extended", "a contract or deadline extended", _ES_EXTENDED, _EN_EXTENDED),
    ("deal", "ended", "a contract or deadline ended", _ES_ENDED, _EN_ENDED),
    ("office", "resigned", "someone resigned", _ES_RESIGNED, _EN_RESIGNED),
    ("office", "dismissed", "someone was dismissed", _ES_DISMISSED, _EN_DISMISSED),
    ("market", "up", "a rise", _ES_MARKET_UP, _EN_MARKET_UP),
    ("market", "down", "a fall", _ES_MARKET_DOWN, _EN_MARKET_DOWN),
    ("standing", "ahead", "someone ahead", _ES_AHEAD, _EN_AHEAD),
    ("standing", "behind", "someone behind", _ES_BEHIND, _EN_BEHIND),
    ("filing", "heard", "a filing admitted or upheld", _ES_HEARD, _EN_HEARD),
    ("filing", "refused", "a filing dismissed", _ES_REFUSED, _EN_REFUSED),
    ("clemency", "pardoned", "a pardon", _ES_PARDONED, _EN_PARDONED),
    ("clemency", "sentenced", "a sentence", _ES_SENTENCED, _EN_SENTENCED),
    ("match", "won", "a win", _ES_WON, _EN_WON),
    ("match", "drawn", "a draw", _ES_DRAWN, _EN_DRAWN),
    ("match", "lost", "a defeat", _ES_LOST, _EN_LOST),
    ("presence", "stayed", "people stayed", _ES_STAYED, _EN_STAYED),
    ("presence", "left", "people left", _ES_LEFT, _EN_LEFT),
)  # fmt: skip

_LANGS = ("es", "en")
_FAMILIES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {}
for _family, _pole, _how, *_cues in _POLES:
    for _lang, _phrases in zip(_LANGS, _cues, strict=True):
        _table = _FAMILIES.setdefault(_family, {}).get(_lang, ())
        _FAMILIES[_family][_lang] = _table + labelled(_phrases, f"{_family}:{_pole}")
_SAID = {f"{family}:{pole}": how for family, pole, how, _es, _en in _POLES}


@dataclass(frozen=True)
class _Gate:
    """Words one of which every cue of a family's table needs: most sentences say none,
    and a table of hundreds of cues opening with a stem ("subi* … tipos") is then never
    tried on them."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def opens(self, words: list[Tok]) -> bool:
        return any(w.norm in self.exact or w.norm.startswith(self.prefixes) for w in words)


def _gate(entries: tuple[tuple[str, str], ...]) -> _Gate:
    exact, prefixes = set(), set()
    for phrase, _label in entries:
        items = [i for i in phrase.split() if i != "…"]
        whole = [i for i in items if "*" not in i]
        if whole:
            exact.add(max(whole, key=len))
        else:
            prefixes.add(items[0].rstrip("*"))
    return _Gate(frozenset(exact), tuple(sorted(prefixes)))


_GATES = {
    (f, lang): _gate(entries) for f, tables in _FAMILIES.items() for lang, entries in tables.items()
}


def check_event_reversals(src: Side, tgt: Side, ev: Evidence) -> list[Finding]:
    """A news event said as its opposite: critical ``meaning``, one finding per family."""
    read = own_or_pivot(src, ev, _LANGS)
    if read is None or tgt.lang not in _LANGS or src.lang == tgt.lang:
        return []
    s_ws, s_lang, own = read
    s_text = src.text if own else (ev.mt.pivot if ev.mt else "")
    t_ws = list(tgt.ws)
    found = []
    for family, tables in _FAMILIES.items():
        if not (_GATES[family, s_lang].opens(s_ws) and _GATES[family, tgt.lang].opens(t_ws)):
            continue
        said = _first_of_each(find_cues(s_ws, tables[s_lang]))
        put = _first_of_each(find_cues(t_ws, tables[tgt.lang]))
        if len(said) != 1 or len(put) != 1 or said.keys() == put.keys():
            continue
        (was,), (now,) = said.values(), put.values()
        message = (
            f"The source says {_SAID[was.label]} "
            f"({quote(s_text[was.char_start : was.char_end])}), the translation "
            f"{_SAID[now.label]} ({quote(tgt.text[now.char_start : now.char_end])}): "
            "the opposite event."
        )
        span = (was.char_start, was.char_end) if own else None
        target = (now.char_start, now.char_end)
        found.append(Finding("meaning", "critical", 0.75, span, target, message, "drift.meaning"))
    return found


def _first_of_each(cues: list[Cue]) -> dict[str, Cue]:
    """The first cue of each pole."""
    out: dict[str, Cue] = {}
    for cue in cues:
        out.setdefault(cue.label, cue)
    return out
