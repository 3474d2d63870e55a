import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An sRGB colour with alpha, 0–255 (alpha 0–1). */
type Rgba = [number, number, number, number];

/** The page's own text and background colours, when the widget takes them (see PageColors). */
export interface FollowedColors {
  text: string;
  background: string;
}

/**
 * A municipal site's 背景色 switch (black with yellow text, blue with white) sets a class on
 * `<html>` or `<body>` and changes the page's colours, not its `color-scheme`. The widget then
 * takes the page's text and background colours and derives its lines, marks and accents from
 * them, so that every part keeps the contrast the site chose. Only on a dark background with
 * readable text: on light pages the widget keeps its own palette (green accent, blue links).
 * A `theme` attribute, which makes the widget a panel of its own, turns this off.
 */
export class PageColors implements ReactiveController {
  /** The page's colours while the widget follows them, else undefined. */
  followed: FollowedColors | undefined;
  private observer: MutationObserver | undefined;

  /** The custom properties set on the wrapper, to remove when the page's colours are let go. */
  private applied: string[] = [];
  /** What was last set, and on which wrapper: an update that changed neither sets nothing. */
  private appliedFor: { wrapper: HTMLElement; colors: FollowedColors | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element inside the widget whose custom properties all its colours read. */
    private readonly wrapper: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /**
   * Sets the colours through the CSSOM, which a strict Content-Security-Policy allows (a style
   * attribute, as a template binding writes it, it refuses).
   */
  hostUpdated(): void {
    const wrapper = this.wrapper();
    // Every keystroke renders the widget: the colours are set again only when they change.
    if (!wrapper || (this.appliedFor?.wrapper === wrapper && this.appliedFor.colors === this.followed)) return;
    const style = this.followed ? followedStyle(this.followed) : {};
    for (const name of this.applied) if (!(name in style)) wrapper.style.removeProperty(name);
    for (const [name, value] of Object.entries(style)) wrapper.style.setProperty(name, value);
    this.applied = Object.keys(style);
    this.appliedFor = { wrapper, colors: this.followed };
  }

  hostConnected(): void {
    const observer = (this.observer = new MutationObserver(() => this.check()));
    const document = this.host.ownerDocument;
    const watch = (target: Element | null) => target && observer.observe(target, { attributes: true, attributeFilter: ['class', 'style'] });
    watch(document.documentElement);
    // A script in <head> may run before <body> exists.
    if (document.body) watch(document.body);
    else
      document.addEventListener('DOMContentLoaded', () => this.observer === observer && (watch(document.body), this.check()), {
        once: true,
      });
    // Read at the next update, not now: reading computed styles forces a style pass, and a
    // framework that moves the widget around would pay it on every move.
    this.stale = true;
    this.host.requestUpdate();
  }

  private stale = false;

  hostUpdate(): void {
    if (!this.stale) return;
    this.stale = false;
    this.followed = this.colors();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Looks at the page's colours again (after a switch, or when `theme` changes). */
  check(): void {
    const next = this.colors();
    if (next?.text === this.followed?.text && next?.background === this.followed?.background) return;
    this.followed = next;
    this.host.requestUpdate();
  }
  /** The page's colours to follow, if the widget follows them (no `theme`, a dark page). */
  private colors(): FollowedColors | undefined {
    return this.host.hasAttribute('theme') ? undefined : pageColors(this.host);
  }
}

function pageColors(host: HTMLElement): FollowedColors | undefined {
  const view = host.ownerDocument.defaultView;
  if (!view) return undefined;
  const text = parse(view.getComputedStyle(host).color);
  const background = backgroundBehind(host, view);
  if (!text || !background) return undefined;
  const dark = luminance(background) < DARK_BACKGROUND;
  if (!dark || contrast(text, background) < 4.5) return undefined;
  return { text: css(text), background: css(background) };
}

// Below this luminance a background is dark: black (0), the blue of a 背景色 switch (0.07).
const DARK_BACKGROUND = 0.3;

/** The first opaque background colour of the element or the elements around it. */
function backgroundBehind(element: Element, view: Window): Rgba | undefined {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const color = parse(view.getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0.5) return color;
  }
  return undefined;
}

function parse(value: string): Rgba | undefined {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match) return undefined;
  const [r, g, b, a = '1'] = match[1].split(/[\s,/]+/).filter(Boolean);
  const rgba: Rgba = [Number(r), Number(g), Number(b), Number(a)];
  return rgba.every((n) => Number.isFinite(n)) ? rgba : undefined;
}

const css = ([r, g, b]: Rgba) => `rgb(${r}, ${g}, ${b})`;

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio. */
function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The widget's colours on the page's: text, lines and accents in the page's text colour, marks
 * and the selected filter in reverse (page text as background, page background as text).
 * The webmaster's own custom properties still win.
 */
function followedStyle({ text, background }: FollowedColors): Record<string, string> {
  const mix = (share: number) => `color-mix(in srgb, ${text} ${share}%, ${background})`;
  return {
    '--_text': `var(--line-gov-faq-text, ${text})`,
    '--_muted': `var(--line-gov-faq-muted, ${text})`,
    '--_accent': `var(--line-gov-faq-accent, ${text})`,
    '--_on-accent': `var(--line-gov-faq-on-accent, ${background})`,
    '--_link': `var(--line-gov-faq-link, ${text})`,
    '--_background': `var(--line-gov-faq-background, ${background})`,
    '--_surface': `var(--line-gov-faq-surface, ${mix(15)})`,
    '--_border': `var(--line-gov-faq-border, ${mix(70)})`,
    '--_mark': `var(--line-gov-faq-mark, ${text})`,
    '--_on-mark': background,
  };
}
