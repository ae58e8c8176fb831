/**
 * Registers every Lede element. This is the module a publisher loads with one script tag.
 */
import './components/article/define.js';
import './components/article-card/define.js';
import './components/pull-quote/define.js';
import './components/stat-badge/define.js';
import './components/delegation-list/define.js';
import './components/related-links/define.js';
