#!/usr/bin/env node
// Rebuilds demo/markup.html: the bundled FAQ as <line-gov-faq> markup (`line-gov-faq render`),
// between the page's render markers. Run after `npm run build` when data/faq.ja.json changes;
// a Node test checks the page is current.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const PAGE = 'demo/markup.html';
const START = '<!-- line-gov-faq render: start -->\n';
const END = '<!-- line-gov-faq render: end -->';
const markup = execFileSync(process.execPath, ['dist/cli.js', 'render', '--heading-level', '3'], { encoding: 'utf8' });
const page = readFileSync(PAGE, 'utf8');
const start = page.indexOf(START);
const end = page.indexOf(END);
if (start < 0 || end < start) throw new Error(`${PAGE}: render markers not found`);
writeFileSync(PAGE, page.slice(0, start + START.length) + markup + page.slice(end));
console.log(`${PAGE}: ${markup.length} characters of markup`);
