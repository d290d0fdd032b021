import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/list.css';
import './styles/editor.css';
import './styles/bill.css';
import './styles/carets.css';
import './styles/access.css';
import './styles/admin.css';
import './styles/templates.css';
import './styles/sidePanel.css';
import './styles/guidance.css';
import './styles/xref.css';
import './styles/findings.css';
import './styles/review.css';
import './styles/export.css';
import './styles/versions.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
