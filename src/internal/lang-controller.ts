import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../data/types.js';
import { fallbackLang, hasLanguage, languageFailed, loadLanguage, resolveLang, t, type MessageKey } from './i18n.js';
import { langAbove, unwatchLang, watchLang } from './lang-watch.js';

const NAMES: Record<Lang, MessageKey> = { en: 'languageEn', ru: 'languageRu', kk: 'languageKk' };

/**
 * The language a chart speaks: its own `lang`, else its nearest ancestor's (through the shadow roots
 * of the components it is in, up to its own document, an iframe's if it was moved there), else
 * English; followed while the chart is on a page, through one observer per root (`lang-watch.ts`).
 *
 * A language the script does not hold is fetched (`loadLanguage`); until it is here, or when it
 * cannot be fetched, the chart is drawn in a language it has, and `renderNote()` says so in it.
 */
export class LangController implements ReactiveController {
  /** The language the chart is drawn in. */
  value: Lang = 'en';
  /** The language the chart is asked to speak; `value` differs while it loads or when it is missing. */
  asked: Lang = 'en';
  /** The roots watched for this chart since it was connected. */
  private _roots: Node[] = [];

  /**
   * @param changed Called when `value` changes, before the chart redraws: texts read in every
   * language at once (the report's data as the chart read it) are read again, now with the new one.
   */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _changed?: () => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._settle();
    this._roots = watchLang(this, this._host);
  }

  // Emptied, not kept: a chart held off the page must not hold the document it left.
  hostDisconnected(): void {
    unwatchLang(this, this._roots.splice(0));
  }

  /** Called when a `lang` attribute changed on a root the chart is watched through, or on the chart itself. */
  langChanged(): void {
    const [value, asked] = [this.value, this.asked];
    this._settle();
    if (this.value !== value) this._changed?.();
    if (this.value !== value || this.asked !== asked) this._host.requestUpdate();
  }

  /** The note that the language asked for is loading, or could not be loaded; in the language drawn. */
  renderNote(): TemplateResult | typeof nothing {
    if (this.asked === this.value) return nothing;
    const language = t(this.value, NAMES[this.asked]);
    const key = languageFailed(this.asked) ? 'langMissing' : 'langLoading';
    return html`<p part="lang-note" class="status" role="status" .textContent=${t(this.value, key, { language })}></p>`;
  }

  private _settle(): void {
    const asked = (this.asked = resolveLang(langAbove(this._host)));
    if (hasLanguage(asked)) {
      this.value = asked;
      return;
    }
    if (!hasLanguage(this.value)) this.value = fallbackLang();
    if (!languageFailed(asked)) void loadLanguage(asked).then(() => this._arrived(asked));
  }

  /** The fetch of `lang` is over: draw in it, or say that it is missing. */
  private _arrived(lang: Lang): void {
    if (this.asked !== lang) return;
    this.langChanged();
    this._host.requestUpdate();
  }
}
