#!/usr/bin/env python3
"""Builds nl-evaluatief.tsv from the Dutch adjective subjectivity lexicon of Pattern.

Source: pattern/text/nl/nl-sentiment.xml of the Pattern library (CLiPS, University of
Antwerp; Tom De Smedt, Walter Daelemans), repository clips/pattern, commit
d25511f9ca7ed9356b801d8663b8b5168464e68f. The library is BSD-3-Clause (LICENSE-pattern.txt);
the lexicon file itself is marked license="PDDL".

Usage: python3 filter.py nl-sentiment.xml > nl-evaluatief.tsv

Kept: adjectives (pos JJ), lower-case single words, averaged over senses, with
subjectivity >= 0.6 and polarity <= -0.3: the negative, subjective words that judge a
person when a dossier says "X is <word>" or "een <word>e man". Dropped: the words in
STOP below, which describe what can be seen or measured, are diagnoses (another rule
handles those), or do not apply to people. Words in STATE name an inner state rather
than a judgement; the linter reports those as an interpretation.
"""
import statistics
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

STOP = set("""
aangebrand aangeschoten achterhaald afgedraaid afgezaagd alledaags anaal anticommunistisch
antisemitisch apocalyptisch arbeidsongeschikt archaisch archaïsch arm astmatisch bedlegerig
beperkt besmettelijk beurs blabla blut bliksems bloederig bloedig brak brandend broeierig buiig
chloorhoudend chronisch clandestien cliché clichématig dement depressief derdegraads
derderangs doodgeboren doodkalm doodmoe doodnormaal doodsbleek doodziek doordeweeks doorgaand
dorstig dronken dyslectisch epidemisch extreem-links flop flut frustratie gallisch gedateerd
gemaskerd gepantserd gezouten giftig glansloos globaal gortdroog grieperig groggy guur hees
herfstig hobbelig horizontaal hyperactief idioten illegaal imperialistisch inferieur ingewikkeld
inspannend irrelevant kaduuk kankerverwekkend kapot kinderloos klimatologisch klucht koloniaal
kostenbesparend koud kreupel kwijt laat langzaam leeg levenloos loeihard loodzwaar mager mat
meteorologisch misvormd modderig moe moeilijk muf muffig narcistisch nat nevengeschikt
neonazistisch neurotisch noodgedwongen onbedoeld onbenut onbeschermd onbestaand ondervoed
ondrinkbaar oneens ongeneeslijk ongewassen onleesbaar onopgelost onverhard onweerstaanbaar
paranoïde perkamentachtig protectionistisch psychopathisch rasperig retrospectief
roestkleurig roetzwart schizofreen schor snikheet snipverkouden spiernaakt spoorloos
staatsgevaarlijk steenkoud stomdronken suïcidaal symptomatisch taboe terminaal terroristisch
toonloos tochtig traag utopisch verbaal verdoofd vervangbaar verwaarloosbaar voedselarm
vogelvrij voortvluchtig vuurgevaarlijk werkloos woordblind zanderig zat zeer zeeziek zenuwziek
ziek zwaargewond zwakbegaafd zuurstofarm zweterig erg jammer fout verkeerd taboe min mis naar
lastig onduidelijk vaag onvoldoende ondermaats spijtig tevergeefs vergeefs nodeloos onnodig
overbodig riskant nadelig ongunstig strikt streng stringent restrictief rekbaar verkeken
standvastig gecompliceerd twijfelachtig discutabel disputabel aanvechtbaar dubieus
onrealistisch onuitvoerbaar onwerkbaar onrendabel ondoelmatig ineffectief onproductief
penibel precair netelig hachelijk verslaafd
""".split())

STATE = set("""
angstig bang bangig bedroefd beteuterd bevreesd droef droevig eenzaam gedesillusioneerd
gekrenkt gespannen huiverig machteloos melancholiek melancholisch mismoedig mistroostig
moedeloos nerveus ongelukkig ontevreden ontgoocheld onthutst ontzet onzeker paniekerig perplex
rusteloos sip somber teleurgesteld treurig verbolgen verdrietig verontwaardigd verveeld
wanhopig weemoedig woedend zenuwachtig zwaarmoedig onbevredigd ongemakkelijk murw
""".split())


def main(path):
    words = defaultdict(list)
    for w in ET.parse(path).getroot().findall("word"):
        if w.get("pos") != "JJ":
            continue
        form = w.get("form")
        if not form or form[0].isupper() or " " in form:
            continue
        words[form].append((float(w.get("polarity")), float(w.get("subjectivity"))))
    print("# word\tpolarity\tsubjectivity\tkind")
    for form in sorted(words):
        senses = words[form]
        polarity = statistics.mean(p for p, _ in senses)
        subjectivity = statistics.mean(s for _, s in senses)
        if subjectivity < 0.6 or polarity > -0.3 or form in STOP:
            continue
        kind = "staat" if form in STATE else "oordeel"
        print(f"{form}\t{polarity:.2f}\t{subjectivity:.2f}\t{kind}")


if __name__ == "__main__":
    main(sys.argv[1])
