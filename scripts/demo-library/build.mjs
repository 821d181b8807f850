// Builds public/demo-library/ and packages/photos-emulator/src/seed/demo-library.json from
// Debian packages already unpacked by build.sh. Run through build.sh.
//
// Usage: node build.mjs --src DIR --versions FILE --spdx DIR --out DIR --manifest FILE
//   --src       folder holding one unpacked package per sub-folder (named after the package)
//   --versions  TSV "package<TAB>version" of the packages actually used
//   --spdx      the licenses/ folder of the npm package spdx-license-list
//   --out       public/demo-library
//   --manifest  packages/photos-emulator/src/seed/demo-library.json
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import exifr from 'exifr';
import { PACKAGES, PHOTOS, VIDEOS } from './selection.mjs';

const { values: args } = parseArgs({
  options: {
    src: { type: 'string' }, versions: { type: 'string' }, spdx: { type: 'string' },
    out: { type: 'string' }, manifest: { type: 'string' },
  },
});
for (const k of ['src', 'versions', 'spdx', 'out', 'manifest']) {
  if (!args[k]) throw new Error(`missing --${k}`);
}

const MAX_PHOTO = 2048;
const MAX_VIDEO = 960;
const JPEG_QUALITY = 82;

const versions = Object.fromEntries(
  fs.readFileSync(args.versions, 'utf8').trim().split('\n').map((l) => l.split('\t')),
);
for (const [pkg, want] of Object.entries(PACKAGES)) {
  if (versions[pkg] && versions[pkg] !== want) {
    console.warn(`warning: ${pkg} is ${versions[pkg]}, the selection was made from ${want}`);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-library-'));
const run = (cmd, argv) => execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** "2019-07-14T14:11:47+02:00" -> parts used for EXIF and for the manifest. */
function splitDate(iso) {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([+-]\d\d:\d\d)$/.exec(iso);
  if (!m) throw new Error(`bad date ${iso}`);
  const [, y, mo, d, h, mi, s, off] = m;
  const utc = new Date(iso);
  const now = new Date();
  if (utc > now) throw new Error(`date in the future: ${iso}`);
  return {
    exif: `${y}:${mo}:${d} ${h}:${mi}:${s}`,
    offset: off,
    utc: utc.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** Google duration string, e.g. 1/800 s -> "0.00125s". */
function duration(seconds) {
  // EXIF rationals sometimes come out as 0.006250001: keep 6 significant digits.
  const s = Number(seconds.toPrecision(6));
  return `${s.toFixed(9).replace(/0+$/, '').replace(/\.$/, '')}s`;
}

const round = (x, digits) => Number(x.toFixed(digits));
const cleanStr = (s) => (typeof s === 'string' ? s.replace(/\0/g, '').trim() : undefined) || undefined;

function srcPath(item) {
  const p = path.join(args.src, item.pkg, (item.dir ?? '') + item.src);
  if (!fs.existsSync(p)) throw new Error(`not found: ${p}`);
  return p;
}

function internalPath(item) {
  return (item.dir ?? '') + item.src;
}

function writeDates(file, d) {
  run('exiftool', [
    '-q', '-overwrite_original', '-P',
    `-EXIF:DateTimeOriginal=${d.exif}`, `-EXIF:CreateDate=${d.exif}`, `-EXIF:ModifyDate=${d.exif}`,
    `-EXIF:OffsetTimeOriginal=${d.offset}`, `-EXIF:OffsetTimeDigitized=${d.offset}`, `-EXIF:OffsetTime=${d.offset}`,
    // The OffsetTime* tags exist since EXIF 2.31.
    '-EXIF:ExifVersion=0231',
    // Dates in XMP/IPTC, if the original has any, would contradict the EXIF: drop them.
    '-XMP:all=', '-IPTC:all=',
    file,
  ]);
}

async function buildPhoto(item) {
  const src = srcPath(item);
  const file = `${item.key}.jpg`;
  const dest = path.join(args.out, file);
  await sharp(src)
    .resize({ width: MAX_PHOTO, height: MAX_PHOTO, fit: 'inside', withoutEnlargement: true })
    .keepExif()
    .keepIccProfile()
    .jpeg({ quality: JPEG_QUALITY })
    .toFile(dest);
  const d = splitDate(item.date);
  writeDates(dest, d);

  const meta = await sharp(dest).metadata();
  const swap = (meta.orientation ?? 1) >= 5;
  const exif = (await exifr.parse(dest, { tiff: true, exif: true, gps: true, xmp: false, iptc: false })) ?? {};
  const written = exif.DateTimeOriginal instanceof Date ? exif.DateTimeOriginal : null;
  if (!written) throw new Error(`${file}: DateTimeOriginal not written`);

  const photo = {};
  if (cleanStr(exif.Make)) photo.cameraMake = cleanStr(exif.Make);
  if (cleanStr(exif.Model)) photo.cameraModel = cleanStr(exif.Model);
  if (typeof exif.FocalLength === 'number') photo.focalLength = round(exif.FocalLength, 2);
  if (typeof exif.FNumber === 'number') photo.apertureFNumber = round(exif.FNumber, 2);
  const iso = Array.isArray(exif.ISO) ? exif.ISO[0] : exif.ISO;
  if (typeof iso === 'number') photo.isoEquivalent = iso;
  if (typeof exif.ExposureTime === 'number') photo.exposureTime = duration(exif.ExposureTime);

  const entry = {
    key: item.key,
    file,
    mimeType: 'image/jpeg',
    filename: item.filename,
    width: swap ? meta.height : meta.width,
    height: swap ? meta.width : meta.height,
    bytes: fs.statSync(dest).size,
    creationTime: d.utc,
    photo,
    categories: item.categories,
  };
  if (item.description) entry.description = item.description;
  if (item.location) {
    if (typeof exif.latitude !== 'number') throw new Error(`${file}: location given but no GPS`);
    entry.location = { name: item.location, latitude: round(exif.latitude, 5), longitude: round(exif.longitude, 5) };
  } else if (typeof exif.latitude === 'number') {
    console.warn(`note: ${file} has GPS but no location name in the selection`);
  }
  entry.favorite = !!item.favorite;
  entry.archived = !!item.archived;
  entry.author = item.author;
  entry.license = item.license;
  const changes = [`resized to ≤${MAX_PHOTO} px (JPEG quality ${JPEG_QUALITY})`, 'renamed'];
  if (src.endsWith('.png')) changes[0] = `converted from PNG to JPEG (quality ${JPEG_QUALITY})`;
  changes.push(item.realDate
    ? `capture date kept (${item.date}), written to EXIF with its time-zone offset`
    : `capture date set to ${item.date} in EXIF (DateTimeOriginal/CreateDate/ModifyDate)`);
  return { entry, attribution: { item, file, changes } };
}

function ffprobe(file) {
  return JSON.parse(run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]));
}

function iso6709(lat, lon) {
  const f = (v, w) => (v < 0 ? '-' : '+') + Math.abs(v).toFixed(4).padStart(w + 5, '0');
  return `${f(lat, 2)}${f(lon, 3)}/`;
}

async function buildVideo(item) {
  const src = srcPath(item);
  const file = `${item.key}.mp4`;
  const posterFile = `${item.key}-poster.jpg`;
  const dest = path.join(args.out, file);
  const d = splitDate(item.date);
  const probeIn = ffprobe(src);
  const loc = probeIn.format.tags?.location;
  const argv = ['-y', '-v', 'error'];
  if (item.trimStart !== undefined) argv.push('-ss', String(item.trimStart));
  argv.push('-i', src);
  if (item.trimDuration !== undefined) argv.push('-t', String(item.trimDuration));
  argv.push(
    '-map', '0:v:0', '-map', '0:a:0?', '-map_metadata', '-1',
    '-vf', `scale='if(gte(iw,ih),min(${MAX_VIDEO},iw),-2)':'if(gte(iw,ih),-2,min(${MAX_VIDEO},ih))',fps=30,format=yuv420p`,
    '-c:v', 'libx264', '-profile:v', 'main', '-preset', 'slow', '-crf', '23', '-threads', '1',
    '-c:a', 'aac', '-b:a', '96k', '-ac', '2',
    '-movflags', '+faststart', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
    '-metadata', `creation_time=${d.utc}`,
  );
  if (item.location) {
    if (!loc) throw new Error(`${file}: location given but the source has none`);
    argv.push('-metadata', `location=${loc}`);
  }
  argv.push(dest);
  run('ffmpeg', argv);

  const probe = ffprobe(dest);
  const v = probe.streams.find((s) => s.codec_type === 'video');
  const [num, den] = v.r_frame_rate.split('/').map(Number);
  const durationMs = Math.round(Number(probe.format.duration) * 1000);

  const png = path.join(tmp, `${item.key}.png`);
  run('ffmpeg', ['-y', '-v', 'error', '-ss', String(item.posterAt ?? 0), '-i', dest, '-frames:v', '1', png]);
  await sharp(png).jpeg({ quality: JPEG_QUALITY }).toFile(path.join(args.out, posterFile));
  const pm = await sharp(path.join(args.out, posterFile)).metadata();
  if (pm.width !== v.width || pm.height !== v.height) throw new Error(`${posterFile}: size differs from the video`);

  const video = {};
  if (item.cameraMake) video.cameraMake = item.cameraMake;
  if (item.cameraModel) video.cameraModel = item.cameraModel;
  video.fps = round(num / den, 2);
  video.durationMs = durationMs;

  const entry = {
    key: item.key,
    file,
    posterFile,
    mimeType: 'video/mp4',
    filename: item.filename,
    width: v.width,
    height: v.height,
    bytes: fs.statSync(dest).size,
    creationTime: d.utc,
    video,
    categories: item.categories,
  };
  if (item.description) entry.description = item.description;
  if (item.location) {
    const m = /^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)/.exec(loc);
    entry.location = { name: item.location, latitude: round(Number(m[1]), 5), longitude: round(Number(m[2]), 5) };
  }
  entry.favorite = !!item.favorite;
  entry.archived = !!item.archived;
  entry.author = item.author;
  entry.license = item.license;
  const changes = [
    `re-encoded to H.264 Main/yuv420p + AAC at ≤${MAX_VIDEO} px, 30 fps`,
    ...(item.trimStart !== undefined ? [`trimmed to ${item.trimDuration} s from ${item.trimStart} s`] : []),
    'renamed',
    item.realDate ? `capture date kept (${item.date})` : `capture date set to ${item.date} (MP4 creation_time)`,
    ...(item.location ? ['GPS location kept'] : []),
  ];
  return {
    entry,
    attribution: { item, file, changes },
    poster: { item, file: posterFile, changes: [`frame at ${item.posterAt ?? 0} s of ${file}`] },
  };
}

function licenseFile(id) {
  return id.startsWith('LicenseRef-') ? null : `LICENSES/${id}.txt`;
}

function writeLicenses(ids) {
  const dir = path.join(args.out, 'LICENSES');
  fs.mkdirSync(dir, { recursive: true });
  const needed = new Set(ids);
  // The LGPL-3.0 is a set of additional permissions on top of the GPL-3.0.
  if ([...needed].some((id) => id.startsWith('LGPL-3.0'))) needed.add('GPL-3.0-only');
  for (const id of [...needed].sort()) {
    if (id.startsWith('LicenseRef-')) continue;
    const json = JSON.parse(fs.readFileSync(path.join(args.spdx, `${id}.json`), 'utf8'));
    const text = json.licenseText ?? json.text;
    if (!text) throw new Error(`no text for ${id}`);
    fs.writeFileSync(path.join(dir, `${id}.txt`), text.endsWith('\n') ? text : `${text}\n`);
  }
}

function writeAttribution(rows) {
  const md = [];
  md.push('# Demo library: attribution and licences', '');
  md.push('Every file in this folder is a copy of a photograph or video shipped in a Debian package,',
    'adapted as described below. Each file keeps its own licence; the licence texts are in `LICENSES/`.',
    'The files are data, not part of the application code, and do not change its licence.',
    'Rebuild with `scripts/demo-library/build.sh` (see `scripts/demo-library/README.md`).', '');
  md.push('Capture dates were changed for most items so that the demo library spreads over several years;',
    'the new date is written into the file\'s metadata. None of the photographs shows the stated occasion',
    'unless the original did: captions are for demonstration only.', '');
  md.push('| File | Author | Licence | Source package | Path in package | Changes |');
  md.push('| --- | --- | --- | --- | --- | --- |');
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  const notes = new Map();
  for (const { item, file, changes } of rows) {
    const lic = licenseFile(item.license) ? `[${item.license}](${licenseFile(item.license)})` : item.license;
    let note = '';
    if (item.licenseNote) {
      if (!notes.has(item.licenseNote)) notes.set(item.licenseNote, notes.size + 1);
      note = ` (note ${notes.get(item.licenseNote)})`;
    }
    md.push(`| ${esc(file)} | ${esc(item.author)} | ${lic}${note} | ${item.pkg} ${versions[item.pkg] ?? PACKAGES[item.pkg]} | ${esc(internalPath(item))} | ${esc(changes.join('; '))} |`);
  }
  md.push('');
  if (notes.size) {
    md.push('## Notes', '');
    for (const [text, n] of notes) md.push(`${n}. ${text}`);
    md.push('');
  }
  md.push('`LicenseRef-PublicDomain`: the source marks the work as public domain; no licence text applies.', '');
  fs.writeFileSync(path.join(args.out, 'ATTRIBUTION.md'), md.join('\n'));
}

async function main() {
  fs.rmSync(args.out, { recursive: true, force: true });
  fs.mkdirSync(args.out, { recursive: true });
  fs.mkdirSync(path.dirname(args.manifest), { recursive: true });

  const keys = new Set();
  for (const it of [...PHOTOS, ...VIDEOS]) {
    if (keys.has(it.key)) throw new Error(`duplicate key ${it.key}`);
    keys.add(it.key);
  }

  const results = [];
  for (const item of PHOTOS) {
    results.push(await buildPhoto(item));
    process.stdout.write('.');
  }
  for (const item of VIDEOS) {
    results.push(await buildVideo(item));
    process.stdout.write('v');
  }
  process.stdout.write('\n');

  const items = results.map((r) => r.entry)
    .sort((a, b) => a.creationTime.localeCompare(b.creationTime) || a.key.localeCompare(b.key));
  fs.writeFileSync(args.manifest, `${JSON.stringify({ version: 1, items }, null, 2)}\n`);

  const rows = [];
  for (const r of results.sort((a, b) => a.entry.creationTime.localeCompare(b.entry.creationTime))) {
    rows.push(r.attribution);
    if (r.poster) rows.push(r.poster);
  }
  writeAttribution(rows);
  writeLicenses(results.map((r) => r.attribution.item.license));
  fs.rmSync(tmp, { recursive: true, force: true });

  const total = fs.readdirSync(args.out).reduce((n, f) => {
    const p = path.join(args.out, f);
    return n + (fs.statSync(p).isFile() ? fs.statSync(p).size : 0);
  }, 0);
  console.log(`${items.length} items, ${(total / 1e6).toFixed(1)} MB in the demo folder`);
}

await main();
