// Builds cities.json, the offline gazetteer: `node src/features/enrichments/gazetteer/build-cities.mjs`.
// Sources: the IANA time zone database's zone.tab (public domain; Debian's tzdata, /usr/share/zoneinfo) for the
// cities that name a time zone, plus our own hand-picked list of major cities that do not (extra-cities.mjs,
// coordinates rounded to 0.01°, written for Shoebox and MIT like the rest of the code).
// Output rows: [name, ISO 3166 country code, latitude, longitude], sorted by name.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extraCities } from './extra-cities.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const zoneTab = readFileSync(process.env.ZONE_TAB ?? '/usr/share/zoneinfo/zone.tab', 'utf8')

// Zones named after counties, research stations or tiny places, which a traveller would not look up.
const skipPrefix = ['Antarctica/', 'America/Indiana/', 'America/North_Dakota/', 'Arctic/']
const skipName = new Set(['Busingen', 'Lindeman', 'Eucla', 'Broken_Hill', 'Glace_Bay', 'Blanc-Sablon', 'Atikokan', 'Resolute',
  'Rankin_Inlet', 'Swift_Current', 'Cambridge_Bay', 'Creston', 'Dawson_Creek', 'Fort_Nelson', 'Danmarkshavn', 'Thule',
  'Scoresbysund', 'Menominee', 'Metlakatla', 'Yakutat', 'Khandyga', 'Ust-Nera', 'Srednekolymsk', 'Kralendijk', 'Lower_Princes',
  'Eirunepe', 'Santarem', 'Araguaina', 'Ojinaga', 'Matamoros', 'Bahia_Banderas', 'Boa_Vista', 'Macquarie', 'Midway', 'Wake',
  'Chagos', 'Kerguelen', 'Fakaofo', 'Kanton', 'Gambier', 'Easter', 'Galapagos', 'Canary', 'Azores', 'Madeira', 'Noronha',
  'Lord_Howe', 'Chatham', 'Marquesas', 'Christmas', 'Cocos', 'South_Georgia', 'Pitcairn', 'Norfolk', 'Bougainville',
  'Kosrae', 'Chuuk', 'Pohnpei', 'Kwajalein', 'Adak', 'Nome', 'Hovd', 'Oral', 'Qostanay', 'Qyzylorda', 'Aqtobe', 'Aqtau', 'Atyrau',
  'Famagusta', 'Hebron', 'Ceuta', 'Jujuy', 'Salta', 'Tucuman', 'Catamarca', 'La_Rioja', 'San_Juan', 'San_Luis', 'Rio_Gallegos',
  'Coyhaique', 'Mariehamn', 'Kiritimati', 'Miquelon', 'Jayapura', 'Pontianak', 'Urumqi', 'Troll', 'Monticello',
  // Zones named after a country or island whose main city is listed under its own name in extra-cities.mjs.
  'Jamaica', 'Puerto_Rico', 'Costa_Rica', 'Barbados', 'Montserrat', 'Nauru', 'Fiji', 'Bahia', 'Qatar', 'Bahrain'])
// Zones named after a country, island or region: the name of its main city instead.
const rename = {
  Ho_Chi_Minh: 'Ho Chi Minh City', St_Johns: "St. John's", El_Salvador: 'San Salvador', Guatemala: 'Guatemala City',
  Panama: 'Panama City', Martinique: 'Fort-de-France', Guadeloupe: 'Pointe-à-Pitre', Aruba: 'Oranjestad', Curacao: 'Willemstad',
  Dominica: 'Roseau', Grenada: "St. George's", Cayman: 'George Town', Belize: 'Belize City', Bermuda: 'Hamilton',
  Mayotte: 'Mamoudzou', Reunion: 'Saint-Denis', Mauritius: 'Port Louis', Maldives: 'Malé', Mahe: 'Victoria', Comoro: 'Moroni',
  Guam: 'Hagåtña', Palau: 'Koror', Niue: 'Alofi', Tahiti: 'Papeete', Faroe: 'Tórshavn', Guyana: 'Georgetown', Cape_Verde: 'Praia',
  St_Helena: 'Jamestown', Guernsey: 'St Peter Port', Jersey: 'St Helier', Isle_of_Man: 'Douglas', Kuwait: 'Kuwait City',
  Vatican: 'Vatican City', Efate: 'Port Vila', Guadalcanal: 'Honiara', Tongatapu: "Nuku'alofa", Wallis: 'Mata-Utu',
  St_Barthelemy: 'Gustavia', Sao_Paulo: 'São Paulo', Sao_Tome: 'São Tomé', Bogota: 'Bogotá', Asuncion: 'Asunción', Belem: 'Belém',
  Maceio: 'Maceió', Cuiaba: 'Cuiabá', Merida: 'Mérida', Cancun: 'Cancún', Ciudad_Juarez: 'Ciudad Juárez', Chisinau: 'Chișinău',
  Port_of_Spain: 'Port of Spain', Porto_Velho: 'Porto Velho', Hong_Kong: 'Hong Kong', Macau: 'Macau', Singapore: 'Singapore', Saipan: 'Saipan',
}

/** ISO 6709 ±DDMM[SS]±DDDMM[SS] → degrees. */
function parseIso6709(s) {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?$/.exec(s)
  if (!m) throw new Error(`bad coordinates ${s}`)
  const deg = (sign, d, mi, se) => (sign === '-' ? -1 : 1) * (Number(d) + Number(mi) / 60 + Number(se ?? 0) / 3600)
  return [deg(m[1], m[2], m[3], m[4]), deg(m[5], m[6], m[7], m[8])]
}
const round = (n) => Math.round(n * 100) / 100

const rows = new Map()
for (const line of zoneTab.split('\n')) {
  if (!line || line.startsWith('#')) continue
  const [cc, coords, tz] = line.split('\t')
  if (skipPrefix.some((p) => tz.startsWith(p))) continue
  const raw = tz.slice(tz.lastIndexOf('/') + 1)
  if (skipName.has(raw)) continue
  const name = rename[raw] ?? raw.replace(/_/g, ' ')
  const [lat, lng] = parseIso6709(coords)
  rows.set(`${name}|${cc}`, [name, cc, round(lat), round(lng)])
}
for (const [name, cc, lat, lng] of extraCities) rows.set(`${name}|${cc}`, [name, cc, round(lat), round(lng)])

const sorted = [...rows.values()].sort((a, b) => a[0].localeCompare(b[0], 'en') || a[1].localeCompare(b[1]))
writeFileSync(join(here, 'cities.json'), JSON.stringify(sorted).replace(/\],\[/g, '],\n['))
console.log(`${sorted.length} cities`)
