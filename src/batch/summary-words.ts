import type { ReportLang } from '../model/report-lang.js';

/**
 * The words of summary.html's charts, failure table, skipped rows and methodology, in every
 * report language. Kept beside the summary rather than in report/lang/*.ts because only this
 * page uses them; a language missing here does not compile, as there.
 */
export interface SummaryExtraWords {
  charts: string;
  scoreDistribution: string;
  channelsBySector: string;
  /** Under the availability chart: what a bar is a share of. */
  channelsNote: string;
  commonFailures: string;
  rule: string;
  ruleId: string;
  sitesFailing: string;
  noFailures: string;
  skippedRows: string;
  line: string;
  methodology: string;
  /** What one click is, as the README's "What counts as a click" defines it. */
  clickDefinition: string;
  rulePacks: string;
  generated: string;
  toolVersion: string;
  /** In a chart with no audited site. */
  noData: string;
}

const en: SummaryExtraWords = {
  charts: 'Charts',
  scoreDistribution: 'Score distribution (sites per score band)',
  channelsBySector: 'Channels found, by sector',
  channelsNote: 'Each bar is the share of the sector\'s audited sites where the channel was found.',
  commonFailures: 'Most common failures',
  rule: 'Rule',
  ruleId: 'Rule id',
  sitesFailing: 'Sites that failed it',
  noFailures: 'No audited site failed a rule.',
  skippedRows: 'Rows of the list that were skipped',
  line: 'Line',
  methodology: 'Methodology',
  clickDefinition: 'Each site was opened in a real browser, as a customer would. Clicks are counted from the start address after redirects: what a person can see there without doing anything is 0 clicks, and scrolling is free. One click is one activation: following a link, opening a menu, an accordion or a tab, pressing a "show number" button, or opening a chat launcher. Passing a cookie dialog is a barrier, reported as such, not a click. Content counts only if a person could see it. The crawl is breadth-first, so the number of clicks given is the fewest found.',
  rulePacks: 'Rule packs',
  generated: 'Generated',
  toolVersion: 'kontaktkoll version',
  noData: 'no audited site',
};

const sv: SummaryExtraWords = {
  charts: 'Diagram',
  scoreDistribution: 'Poängfördelning (webbplatser per poängintervall)',
  channelsBySector: 'Kontaktvägar som hittades, per bransch',
  channelsNote: 'Varje stapel är andelen av branschens granskade webbplatser där kontaktvägen hittades.',
  commonFailures: 'Vanligaste bristerna',
  rule: 'Regel',
  ruleId: 'Regel-id',
  sitesFailing: 'Webbplatser som inte uppfyller den',
  noFailures: 'Ingen granskad webbplats bryter mot någon regel.',
  skippedRows: 'Rader i listan som hoppades över',
  line: 'Rad',
  methodology: 'Metod',
  clickDefinition: 'Varje webbplats öppnades i en riktig webbläsare, så som en kund gör. Klick räknas från startadressen efter omdirigeringar: det en person ser där utan att göra något är 0 klick, och att skrolla är gratis. Ett klick är en aktivering: att följa en länk, öppna en meny, ett dragspel eller en flik, trycka på en "visa nummer"-knapp eller öppna en chatt. Att ta sig förbi en cookiedialog är ett hinder som redovisas för sig, inte ett klick. Innehåll räknas bara om en person kan se det. Genomsökningen går bredden först, så antalet klick som anges är det minsta som hittades.',
  rulePacks: 'Regelpaket',
  generated: 'Skapad',
  toolVersion: 'kontaktkoll-version',
  noData: 'ingen granskad webbplats',
};

const da: SummaryExtraWords = {
  charts: 'Diagrammer',
  scoreDistribution: 'Pointfordeling (websteder pr. pointinterval)',
  channelsBySector: 'Kontaktkanaler fundet, pr. branche',
  channelsNote: 'Hver søjle er andelen af branchens gennemgåede websteder, hvor kanalen blev fundet.',
  commonFailures: 'Hyppigste mangler',
  rule: 'Regel',
  ruleId: 'Regel-id',
  sitesFailing: 'Websteder der ikke opfylder den',
  noFailures: 'Intet gennemgået websted overtræder en regel.',
  skippedRows: 'Rækker i listen der blev sprunget over',
  line: 'Række',
  methodology: 'Metode',
  clickDefinition: 'Hvert websted blev åbnet i en rigtig browser, som en kunde ville gøre. Klik tælles fra startadressen efter omdirigeringer: det en person kan se der uden at gøre noget er 0 klik, og at rulle er gratis. Et klik er én aktivering: at følge et link, åbne en menu, en harmonika eller en fane, trykke på en "vis nummer"-knap eller åbne en chat. At komme forbi en cookiedialog er en barriere, der rapporteres for sig, ikke et klik. Indhold tæller kun, hvis en person kan se det. Gennemsøgningen går i bredden først, så det angivne antal klik er det færreste, der blev fundet.',
  rulePacks: 'Regelpakker',
  generated: 'Dannet',
  toolVersion: 'kontaktkoll-version',
  noData: 'intet gennemgået websted',
};

const nb: SummaryExtraWords = {
  charts: 'Diagrammer',
  scoreDistribution: 'Poengfordeling (nettsteder per poengintervall)',
  channelsBySector: 'Kontaktkanaler funnet, per bransje',
  channelsNote: 'Hver søyle er andelen av bransjens gjennomgåtte nettsteder der kanalen ble funnet.',
  commonFailures: 'Vanligste mangler',
  rule: 'Regel',
  ruleId: 'Regel-id',
  sitesFailing: 'Nettsteder som ikke oppfyller den',
  noFailures: 'Ingen gjennomgåtte nettsteder bryter en regel.',
  skippedRows: 'Rader i listen som ble hoppet over',
  line: 'Rad',
  methodology: 'Metode',
  clickDefinition: 'Hvert nettsted ble åpnet i en ekte nettleser, slik en kunde ville gjort. Klikk telles fra startadressen etter omdirigeringer: det en person ser der uten å gjøre noe er 0 klikk, og å rulle er gratis. Ett klikk er én aktivering: å følge en lenke, åpne en meny, et trekkspill eller en fane, trykke på en «vis nummer»-knapp eller åpne en chat. Å komme forbi en informasjonskapseldialog er en barriere som rapporteres for seg, ikke et klikk. Innhold teller bare hvis en person kan se det. Gjennomsøkingen går i bredden først, så antallet klikk som oppgis er det færreste som ble funnet.',
  rulePacks: 'Regelpakker',
  generated: 'Laget',
  toolVersion: 'kontaktkoll-versjon',
  noData: 'ingen gjennomgåtte nettsteder',
};

const fi: SummaryExtraWords = {
  charts: 'Kaaviot',
  scoreDistribution: 'Pisteiden jakauma (sivustoja pistevälillä)',
  channelsBySector: 'Löydetyt yhteyskanavat toimialoittain',
  channelsNote: 'Kukin pylväs on se osuus toimialan tarkastetuista sivustoista, joilta kanava löytyi.',
  commonFailures: 'Yleisimmät puutteet',
  rule: 'Sääntö',
  ruleId: 'Säännön tunnus',
  sitesFailing: 'Sivustot, jotka eivät täytä sitä',
  noFailures: 'Yksikään tarkastettu sivusto ei riko mitään sääntöä.',
  skippedRows: 'Listan ohitetut rivit',
  line: 'Rivi',
  methodology: 'Menetelmä',
  clickDefinition: 'Jokainen sivusto avattiin oikeassa selaimessa, kuten asiakas sen avaisi. Napsautukset lasketaan aloitusosoitteesta uudelleenohjausten jälkeen: se, minkä ihminen näkee siellä tekemättä mitään, on 0 napsautusta, ja vierittäminen on ilmaista. Yksi napsautus on yksi toiminto: linkin seuraaminen, valikon, haitarin tai välilehden avaaminen, "näytä numero" -painikkeen painaminen tai chatin avaaminen. Evästeikkunan ohittaminen on este, joka raportoidaan erikseen, ei napsautus. Sisältö lasketaan vain, jos ihminen voi nähdä sen. Läpikäynti etenee leveys edellä, joten ilmoitettu napsautusmäärä on pienin löydetty.',
  rulePacks: 'Sääntöpaketit',
  generated: 'Luotu',
  toolVersion: 'kontaktkoll-versio',
  noData: 'ei tarkastettuja sivustoja',
};

const pl: SummaryExtraWords = {
  charts: 'Wykresy',
  scoreDistribution: 'Rozkład wyników (witryny w przedziale punktów)',
  channelsBySector: 'Znalezione kanały kontaktu według branży',
  channelsNote: 'Każdy słupek to odsetek zbadanych witryn branży, na których znaleziono dany kanał.',
  commonFailures: 'Najczęstsze uchybienia',
  rule: 'Reguła',
  ruleId: 'Identyfikator reguły',
  sitesFailing: 'Witryny, które jej nie spełniają',
  noFailures: 'Żadna zbadana witryna nie narusza żadnej reguły.',
  skippedRows: 'Pominięte wiersze listy',
  line: 'Wiersz',
  methodology: 'Metodologia',
  clickDefinition: 'Każdą witrynę otwarto w prawdziwej przeglądarce, tak jak zrobiłby to klient. Kliknięcia liczone są od adresu startowego po przekierowaniach: to, co osoba widzi tam bez żadnego działania, to 0 kliknięć, a przewijanie nic nie kosztuje. Jedno kliknięcie to jedno działanie: przejście linkiem, otwarcie menu, akordeonu lub karty, naciśnięcie przycisku "pokaż numer" albo otwarcie czatu. Przejście przez okno zgody na pliki cookie to bariera, raportowana osobno, a nie kliknięcie. Liczy się tylko treść, którą osoba może zobaczyć. Przeszukiwanie idzie wszerz, więc podana liczba kliknięć jest najmniejszą znalezioną.',
  rulePacks: 'Pakiety reguł',
  generated: 'Utworzono',
  toolVersion: 'Wersja kontaktkoll',
  noData: 'brak zbadanych witryn',
};

const es: SummaryExtraWords = {
  charts: 'Gráficos',
  scoreDistribution: 'Distribución de puntuaciones (sitios por tramo)',
  channelsBySector: 'Canales encontrados, por sector',
  channelsNote: 'Cada barra es la proporción de sitios auditados del sector en los que se encontró el canal.',
  commonFailures: 'Incumplimientos más frecuentes',
  rule: 'Regla',
  ruleId: 'Identificador de la regla',
  sitesFailing: 'Sitios que la incumplen',
  noFailures: 'Ningún sitio auditado incumple una regla.',
  skippedRows: 'Filas de la lista omitidas',
  line: 'Fila',
  methodology: 'Metodología',
  clickDefinition: 'Cada sitio se abrió en un navegador real, como lo haría un cliente. Los clics se cuentan desde la dirección inicial tras las redirecciones: lo que una persona ve allí sin hacer nada son 0 clics, y desplazarse es gratis. Un clic es una activación: seguir un enlace, abrir un menú, un acordeón o una pestaña, pulsar un botón de "ver número" o abrir un chat. Superar un aviso de cookies es una barrera, que se informa aparte, no un clic. Solo cuenta el contenido que una persona puede ver. El rastreo avanza en anchura, así que el número de clics indicado es el menor encontrado.',
  rulePacks: 'Paquetes de reglas',
  generated: 'Generado',
  toolVersion: 'Versión de kontaktkoll',
  noData: 'ningún sitio auditado',
};

const de: SummaryExtraWords = {
  charts: 'Diagramme',
  scoreDistribution: 'Punkteverteilung (Websites je Punktebereich)',
  channelsBySector: 'Gefundene Kontaktwege nach Branche',
  channelsNote: 'Jeder Balken ist der Anteil der geprüften Websites der Branche, auf denen der Kontaktweg gefunden wurde.',
  commonFailures: 'Häufigste Mängel',
  rule: 'Regel',
  ruleId: 'Regel-ID',
  sitesFailing: 'Websites, die sie nicht erfüllen',
  noFailures: 'Keine geprüfte Website verstößt gegen eine Regel.',
  skippedRows: 'Übersprungene Zeilen der Liste',
  line: 'Zeile',
  methodology: 'Methode',
  clickDefinition: 'Jede Website wurde in einem echten Browser geöffnet, wie es eine Kundin oder ein Kunde tun würde. Klicks werden ab der Startadresse nach Weiterleitungen gezählt: Was eine Person dort ohne eigenes Zutun sieht, sind 0 Klicks, und Scrollen ist kostenlos. Ein Klick ist eine Aktivierung: einem Link folgen, ein Menü, ein Akkordeon oder einen Reiter öffnen, eine Schaltfläche "Nummer anzeigen" drücken oder einen Chat öffnen. Einen Cookie-Dialog zu passieren ist eine Hürde, die eigens berichtet wird, kein Klick. Es zählt nur, was eine Person sehen kann. Die Suche geht in die Breite, daher ist die angegebene Zahl der Klicks die kleinste gefundene.',
  rulePacks: 'Regelpakete',
  generated: 'Erstellt',
  toolVersion: 'kontaktkoll-Version',
  noData: 'keine geprüfte Website',
};

const WORDS: Readonly<Record<ReportLang, SummaryExtraWords>> = { sv, en, da, nb, fi, pl, es, de };

export function summaryExtraWords(lang: ReportLang): SummaryExtraWords {
  return WORDS[lang];
}
