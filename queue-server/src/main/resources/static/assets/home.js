// The start page shows both languages side by side; its texts come from the texts like every page's.
import { loadTexts, translatePage } from '/kit/i18n.js';

await loadTexts();
translatePage();
