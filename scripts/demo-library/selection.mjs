// The curated demo library: which file from which Debian package, and the
// metadata the demo shows for it.
//
// `date` is the capture time that the manifest uses (as creationTime, in UTC)
// and that build.mjs writes into the file's EXIF (DateTimeOriginal, CreateDate,
// ModifyDate as local time plus OffsetTime*). It is fixed here on purpose (not
// random at build time) so that rebuilding gives the same library. Items marked
// `realDate: true` keep the capture time their camera recorded; all the others
// were given a new date so that the library spreads over 2016-2025, with trips
// and events (several photos on the same day), and "on this day" anniversaries
// (local time: 14 July in 2016, 2019, 2021 and 2024, 24 December in 2019 and 2021;
// in UTC, which the manifest uses: 14 July in 2016, 2021 and 2024, 15 July in 2016 and 2019).
//
// Categories were chosen by looking at each picture.
// `location` is only given where the original file carries real GPS; the
// coordinates are read from the file at build time, only the place name is here.

/** Packages, pinned to the versions the selection was made from. */
export const PACKAGES = {
  kphotoalbum: '5.9.1-1',
  'lomiri-wallpapers-16.04': '20.04.0-2',
  'lomiri-wallpapers-20.04': '20.04.0-2',
  'plasma-workspace-wallpapers': '4:5.27.5-2',
  'forensics-samples-files': '1.1.4-5',
  'mate-backgrounds': '1.26.0-1',
  'palapeli-data': '4:22.12.3-1',
  'python3-skimage': '0.19.3-8',
  'python3-imageio': '2.4.1-5',
};

const KPA = { pkg: 'kphotoalbum', dir: 'usr/share/kphotoalbum/demo/', author: 'Jesper K. Pedersen', license: 'CC-BY-SA-4.0',
  licenseNote: 'Licence per upstream KPhotoAlbum REUSE metadata (.reuse/dep5: "demo/*.jpg demo/*.avi", Copyright 2003-2007 Jesper K. Pedersen, CC-BY-SA-4.0); the Debian copyright file lists the whole package as GPL-2+.' };
const LOMIRI = { pkg: 'lomiri-wallpapers-16.04', dir: 'usr/share/backgrounds/' };
const PLASMA = { pkg: 'plasma-workspace-wallpapers', license: 'LGPL-3.0-only',
  licenseNote: 'Licence per the wallpaper\'s metadata.json ("LGPLv3"); the Debian copyright file lists the package as GPL-2+ (KDE VDG).' };
const FORENSICS = { pkg: 'forensics-samples-files', dir: 'usr/share/forensics-samples/original-files/', author: 'Joao Eriberto Mota Filho', license: 'CC-BY-SA-4.0' };
const MATE = { pkg: 'mate-backgrounds', dir: 'usr/share/backgrounds/mate/nature/', license: 'GPL-2.0-or-later' };
const PALAPELI = { pkg: 'palapeli-data', dir: 'usr/share/palapeli/collection/' };
const SKIMAGE = { pkg: 'python3-skimage', dir: 'usr/lib/python3/dist-packages/skimage/data/', license: 'CC0-1.0' };

const plasma = (name) => `usr/share/wallpapers/${name}/contents/images/2560x1600.jpg`;

/** @type {Array<Record<string, any>>} */
export const PHOTOS = [
  // --- 2016: summer at Skagen, Denmark ---
  { ...KPA, key: 'landscape-skagen-aerial', src: 'skagen_2.jpg', filename: 'P7120041.JPG', date: '2016-07-12T16:38:48+02:00',
    categories: ['LANDSCAPES', 'TRAVEL'], description: 'The tip of Skagen seen from the plane' },
  { ...KPA, key: 'people-anne-helene-beach', src: 'anne_helene.jpg', filename: 'IMG_0412.JPG', date: '2016-07-14T11:18:48+02:00',
    categories: ['PEOPLE', 'TRAVEL'], description: 'Anne Helene on the beach at Skagen', favorite: true },
  { ...KPA, key: 'people-cold-water-beach', src: 'cold_water.jpg', filename: 'IMG_0415.JPG', date: '2016-07-14T11:31:56+02:00',
    categories: ['PEOPLE', 'TRAVEL'], description: 'Wading in the cold water' },
  { ...KPA, key: 'landscape-skagen-sea', src: 'skagen.jpg', filename: 'IMG_0418.JPG', date: '2016-07-14T11:39:07+02:00',
    categories: ['LANDSCAPES', 'TRAVEL'], description: 'Grey waves where the two seas meet', archived: true },
  { ...KPA, key: 'landscape-sunset-trees', src: 'sunset.jpg', filename: 'IMG_0467.JPG', date: '2016-07-15T22:03:10+02:00',
    categories: ['LANDSCAPES'], description: 'Red sunset behind the trees' },
  // --- 2016: garden ---
  { ...PALAPELI, key: 'animal-honey-bee-aster', src: 'european-honey-bee.jpg', filename: 'DSC_0187.JPG', date: '2016-10-01T12:00:46+02:00',
    author: 'John Severns', license: 'LicenseRef-PublicDomain', licenseNote: 'Public domain per the palapeli .desktop metadata (from Wikimedia Commons).',
    categories: ['ANIMALS', 'FLOWERS', 'GARDENS'], description: 'Honey bee on a purple aster' },
  // --- 2017: a night out ---
  { ...KPA, key: 'people-bar-cheers', src: 'bar55_2.jpg', filename: 'P2110019.JPG', date: '2017-02-11T21:33:29+01:00',
    categories: ['PEOPLE'], description: 'Cheers!' },
  { ...KPA, key: 'people-bar-friends', src: 'bar55.jpg', filename: 'P2110023.JPG', date: '2017-02-11T22:22:11+01:00',
    categories: ['PEOPLE'], description: 'Friends at the bar' },
  { ...KPA, key: 'people-playing-pool', src: 'pool.jpg', filename: 'P2110031.JPG', date: '2017-02-11T23:52:37+01:00',
    categories: ['PEOPLE', 'SPORT'], description: 'A late game of pool' },
  // --- 2018: new year at the Grand Canyon, snowy flight home ---
  { ...KPA, key: 'landscape-grand-canyon', src: 'grand_canyon_3.jpg', filename: 'DSCI0031.JPG', date: '2018-01-02T06:31:00-07:00',
    categories: ['LANDSCAPES', 'LANDMARKS', 'TRAVEL'], description: 'First light over the Grand Canyon', favorite: true },
  { ...KPA, key: 'people-grand-canyon-rim', src: 'grand_canyon_2.jpg', filename: 'DSCI0034.JPG', date: '2018-01-02T06:48:54-07:00',
    categories: ['PEOPLE', 'LANDSCAPES', 'LANDMARKS', 'TRAVEL'], description: 'A cold morning on the rim' },
  { ...KPA, key: 'travel-airport-snow', src: 'snow.jpg', filename: 'P1040102.JPG', date: '2018-01-04T18:10:17-05:00',
    categories: ['TRAVEL'], description: 'Snowed-in planes at the airport', archived: true },
  // --- 2018: autumn hiking in the Basque Country and Picos de Europa ---
  { ...LOMIRI, key: 'landscape-aitzgorri', src: 'aitzgorri_by_Aitzol_Berasategi.jpg', filename: 'IMG_20181020_101204.jpg', date: '2018-10-20T10:12:04+02:00',
    author: 'Aitzol Berasategi', license: 'CC-BY-4.0', categories: ['LANDSCAPES', 'TRAVEL'], description: 'Autumn colours below Aitzgorri' },
  { ...LOMIRI, key: 'landscape-picos-de-europa', src: 'picosdeeuropa_by_Aitzol_Berasategi.jpg', filename: 'IMG_20181021_134015.jpg', date: '2018-10-21T13:40:15+02:00',
    author: 'Aitzol Berasategi', license: 'CC-BY-4.0', categories: ['LANDSCAPES', 'TRAVEL'], description: 'Trail into the Picos de Europa', favorite: true },
  { ...LOMIRI, key: 'landscape-forest-stream', src: 'life_by_Aitzol_Berasategi.jpg', filename: 'IMG_20181022_110532.jpg', date: '2018-10-22T11:05:32+02:00',
    author: 'Aitzol Berasategi', license: 'CC-BY-4.0', categories: ['LANDSCAPES', 'TRAVEL'], description: 'A stream tumbling through the forest' },
  { ...LOMIRI, key: 'landscape-sunset-hills', src: 'sunset_by_Aitzol_Berasategi.jpg', filename: 'IMG_20181022_190248.jpg', date: '2018-10-22T19:02:48+02:00',
    author: 'Aitzol Berasategi', license: 'CC-BY-4.0', categories: ['LANDSCAPES', 'TRAVEL'], description: 'Sunset from the summit' },
  { ...LOMIRI, key: 'pets-spaniels-at-door', src: 'friends_by_Aitzol_Berasategi.jpg', filename: 'IMG_20181024_093011.jpg', date: '2018-10-24T09:30:11+02:00',
    author: 'Aitzol Berasategi', license: 'CC-BY-4.0', categories: ['PETS', 'ANIMALS'], description: 'Two spaniels peeking out of the door' },
  // --- 2019: midsummer night at a Finnish lake ---
  { ...PLASMA, key: 'night-midsummer-lake', src: plasma('summer_1am'), filename: 'P6220104.JPG', date: '2019-06-22T01:05:12+03:00',
    author: 'Risto Saukonpää', categories: ['LANDSCAPES', 'NIGHT'], description: 'Midsummer night by the lake, 1 am' },
  { ...PLASMA, key: 'night-darkest-hour', src: plasma('DarkestHour'), filename: 'P6220109.JPG', date: '2019-06-22T01:43:36+03:00',
    author: 'Risto Saukonpää', categories: ['LANDSCAPES', 'NIGHT'], description: 'The darkest hour on the lake' },
  { ...PLASMA, key: 'landscape-misty-pier', src: plasma('ColdRipple'), filename: 'P6220113.JPG', date: '2019-06-22T02:05:56+03:00',
    author: 'Risto Saukonpää', categories: ['LANDSCAPES'], description: 'Pier in the mist' },
  { ...PLASMA, key: 'landscape-forest-path', src: plasma('Path'), filename: 'P6230131.JPG', date: '2019-06-23T18:46:57+03:00',
    author: 'Risto Saukonpää', categories: ['LANDSCAPES'], description: 'Path through the spruce forest' },
  // --- 2019: Cincinnati ---
  { ...PALAPELI, key: 'city-cincinnati-bridge-night', src: 'cincinnati-bridge.jpg', filename: 'P7140088.JPG', date: '2019-07-14T21:45:06-04:00',
    author: 'Derek Jensen', license: 'LicenseRef-PublicDomain', licenseNote: 'Public domain per the palapeli .desktop metadata (from Wikimedia Commons).',
    categories: ['CITYSCAPES', 'LANDMARKS', 'NIGHT', 'TRAVEL'], description: 'The Roebling bridge lit up at night', favorite: true },
  // --- 2019-2020: Brasília (real dates and GPS from the phone) ---
  { ...FORENSICS, key: 'pets-white-dogs-tree', src: 'pic1/IMG-20191006-WA0002.jpg', filename: 'IMG-20191006-WA0002.jpg', date: '2019-10-06T10:12:40-03:00',
    categories: ['PETS', 'ANIMALS'], description: 'Two white dogs under the big tree' },
  { ...FORENSICS, key: 'food-christmas-table', src: 'pic2/IMG_20191224_234846.jpg', filename: 'IMG_20191224_234846.jpg', date: '2019-12-24T23:48:46-03:00', realDate: true,
    location: 'Brasília, Brazil', categories: ['FOOD', 'HOLIDAYS'], description: 'Christmas Eve dinner', favorite: true },
  { ...FORENSICS, key: 'pets-dog-on-floor', src: 'pic2/IMG_20200124_231153.jpg', filename: 'IMG_20200124_231153.jpg', date: '2020-01-24T23:11:53-03:00', realDate: true,
    location: 'Brasília, Brazil', categories: ['PETS', 'ANIMALS'], description: 'Sleepy dog on the floor (EXIF orientation: rotate 180°)' },
  { ...FORENSICS, key: 'pets-dogs-in-park', src: 'pic2/IMG_20200608_111614.jpg', filename: 'IMG_20200608_111614.jpg', date: '2020-06-08T11:16:13-03:00', realDate: true,
    location: 'Brasília, Brazil', categories: ['PETS', 'ANIMALS'], description: 'Walk in the park', favorite: true },
  { ...FORENSICS, key: 'misc-circuit-board', src: 'pic1/IMG_20200827_231612.jpg', filename: 'IMG_20200827_231612.jpg', date: '2020-08-27T23:16:12-03:00', realDate: true,
    location: 'Brasília, Brazil', categories: [], archived: true },
  { ...FORENSICS, key: 'city-brasilia-railway', src: 'pic1/IMG_1054.JPG', filename: 'IMG_1054.JPG', date: '2020-09-12T11:49:38-03:00', realDate: true,
    categories: ['CITYSCAPES'], description: 'Railway and towers in Brasília' },
  // --- 2021: at home ---
  { ...SKIMAGE, key: 'food-espresso', src: 'coffee.png', filename: 'IMG_20210314_092003.jpg', date: '2021-03-14T09:20:03+01:00',
    author: 'Rachel Michetti', categories: ['FOOD'], description: 'Morning espresso' },
  { ...MATE, key: 'flowers-ladybird-forget-me-nots', src: 'LadyBird.jpg', filename: 'IMG_20210530_154410.jpg', date: '2021-05-30T15:44:10+02:00',
    author: 'Charles Barbin', categories: ['ANIMALS', 'FLOWERS', 'GARDENS'], description: 'Ladybird among the forget-me-nots' },
  { ...MATE, key: 'flowers-yellow', src: 'YellowFlower.jpg', filename: 'IMG_20210605_120830.jpg', date: '2021-06-05T12:08:30+02:00',
    author: 'Charles Barbin', categories: ['FLOWERS'] },
  { ...MATE, key: 'flowers-marigold-garden', src: 'Garden.jpg', filename: 'IMG_20210714_101522.jpg', date: '2021-07-14T10:15:22+02:00',
    author: 'Charles Barbin', categories: ['FLOWERS', 'GARDENS'], description: 'Marigold in the garden' },
  { ...LOMIRI, key: 'food-fig-in-bowl', src: 'Picture_0B_by_freespace.jpg', filename: 'IMG_20210829_131006.jpg', date: '2021-08-29T13:10:06+02:00',
    author: 'Trevor "Freespace"', license: 'CC-BY-4.0', categories: ['FOOD'], description: 'A fresh fig in a red bowl' },
  { ...LOMIRI, key: 'home-wine-and-drum', src: 'Wine_by_Jakkub_Mede.jpg', filename: 'IMG_20211224_194037.jpg', date: '2021-12-24T19:40:37+01:00',
    author: 'Jakub Mede', license: 'CC-BY-4.0', categories: [], description: 'A bottle of red in the living room' },
  // --- 2022: pets ---
  { ...SKIMAGE, key: 'pets-cat-chelsea', src: 'chelsea.png', filename: 'IMG_20220220_165512.jpg', date: '2022-02-20T16:55:12+01:00',
    author: 'Stefan van der Walt', categories: ['PETS', 'ANIMALS'], description: 'Chelsea the cat', favorite: true },
  { ...KPA, key: 'pets-rabbit-spiff', src: 'spiff.jpg', filename: 'IMG_20220417_143321.jpg', date: '2022-04-17T14:33:21+02:00',
    categories: ['PETS', 'ANIMALS'], description: 'Spiff the rabbit on the lawn' },
  { ...PLASMA, key: 'nature-fallen-leaf', src: plasma('FallenLeaf'), filename: 'IMG_4471.JPG', date: '2022-10-16T15:44:44+02:00',
    author: 'Martin Klapetek', categories: [], description: 'Autumn leaves' },
  { ...KPA, key: 'pets-dog-in-woods', src: 'donna.jpg', filename: 'IMG_2297.JPG', date: '2022-11-05T14:58:01+01:00',
    categories: ['PETS', 'ANIMALS'], description: 'Donna in the woods' },
  { ...KPA, key: 'pets-dog-indoors', src: 'donna_2.jpg', filename: 'P1060315.JPG', date: '2022-11-06T17:01:01+01:00',
    categories: ['PETS', 'ANIMALS'], description: 'Donna wants a treat' },
  // --- 2023 ---
  { ...LOMIRI, pkg: 'lomiri-wallpapers-20.04', key: 'animal-nuthatch', src: 'Kleiber_by_Lukas_Baubkus.jpg', filename: 'IMG_20230115_112745.jpg', date: '2023-01-15T11:27:45+01:00',
    author: 'Lukas Baubkus', license: 'CC-BY-SA-3.0', categories: ['ANIMALS'], description: 'Nuthatch on the tree trunk', favorite: true },
  { ...PLASMA, key: 'aarhus-colorful-cups', src: plasma('ColorfulCups'), filename: 'DSC02187.JPG', date: '2023-04-29T14:25:26+02:00',
    author: 'Dmitri Popov', location: 'Aarhus, Denmark', categories: [], description: 'Colourful cups' },
  // --- 2024 ---
  { ...PALAPELI, key: 'food-citrus-slices', src: 'citrus-fruits.jpg', filename: 'IMG_20240120_113002.jpg', date: '2024-01-20T11:30:02+01:00',
    author: 'US Department of Agriculture', license: 'LicenseRef-PublicDomain', licenseNote: 'Public domain per the palapeli .desktop metadata (from Wikimedia Commons).',
    categories: ['FOOD'], description: 'Citrus slices on the light table' },
  { ...LOMIRI, key: 'arts-paint-brushes', src: 'Picture_1A_by_freespace.jpg', filename: 'IMG_20240309_160144.jpg', date: '2024-03-09T16:01:44+01:00',
    author: 'Trevor "Freespace"', license: 'CC-BY-4.0', categories: ['ARTS', 'CRAFTS'], description: 'Paint brushes' },
  { ...KPA, key: 'people-qt-tattoos', src: 'qt-logo.jpg', filename: 'IMG_20240615_212210.jpg', date: '2024-06-15T21:22:10+02:00',
    categories: ['PEOPLE'], description: 'Matching Qt tattoos at the developer meetup' },
  { ...KPA, key: 'selfie-jesper', src: 'jesper.jpg', filename: 'IMG_8815.JPG', date: '2024-07-14T19:45:22+02:00',
    categories: ['SELFIES', 'PEOPLE'] },
  // --- 2025 ---
  { ...LOMIRI, key: 'travel-bridge-cables-estuary', src: 'Bridge_by_Sander_Klootwijk.jpg', filename: 'IMG_20250408_124417.jpg', date: '2025-04-08T12:44:17+02:00',
    author: 'Sander Klootwijk', license: 'CC-BY-SA-4.0', categories: ['LANDSCAPES', 'TRAVEL'], description: 'Crossing the bridge over the estuary' },
  { ...LOMIRI, key: 'flowers-dandelion-clocks', src: 'seeding_by_Clements_Engelhardt.jpg', filename: 'IMG_20250520_200355.jpg', date: '2025-05-20T20:03:55+02:00',
    author: 'Clemens Engelhardt', license: 'CC0-1.0', categories: ['FLOWERS'], description: 'Dandelion clocks in the evening sun' },
  { ...PLASMA, key: 'landscape-boats-evening', src: plasma('EveningGlow'), filename: 'IMG_20250816_204530.jpg', date: '2025-08-16T20:45:30+01:00',
    author: 'Ian Hex', categories: ['LANDSCAPES', 'TRAVEL'], description: 'Rowing boats in the evening glow' },
];

export const VIDEOS = [
  { ...FORENSICS, key: 'video-dog-on-tiles', src: 'movie1/VID_20191220_170832.mp4', filename: 'VID_20191220_170832.mp4',
    date: '2019-12-20T17:08:34-03:00', realDate: true, location: 'Brasília, Brazil', cameraMake: 'Xiaomi', cameraModel: 'Mi A3',
    categories: ['PETS', 'ANIMALS'], description: 'Our dog resting on the cool tiles', posterAt: 0.2 },
  { pkg: 'python3-imageio', dir: 'usr/lib/python3/dist-packages/imageio/resources/images/', key: 'video-cockatoo', src: 'cockatoo.mp4',
    filename: 'VID_20220820_153012.mp4', date: '2022-08-20T15:30:12+02:00', trimStart: 2, trimDuration: 6,
    author: 'imageio contributors', license: 'BSD-2-Clause',
    licenseNote: 'Distributed by Debian under the imageio package licence (BSD-2-Clause); imageio\'s standard-images documentation describes its sample media as public domain to the best of its knowledge.',
    categories: ['ANIMALS'], description: 'A cockatoo on its perch', favorite: true, posterAt: 0.5 },
];
