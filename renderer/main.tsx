// Tokens and element defaults first, so feature styles can refine them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/views.css';
import './styles/tables.css';
import './styles/lists.css';
import './ui/dialog/dialog.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient, defaultTransport } from './api/client';
import { ClientProvider } from './api/ClientContext';
import { App } from './app/App';
import { MissingToken } from './app/MissingToken';
import { NoticeProvider } from './ui/notices/NoticeProvider';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Fieldnotes: the page has no #root element.');

const transport = defaultTransport();

createRoot(rootElement).render(
  <StrictMode>
    {transport ? (
      <ClientProvider client={createClient(transport)}>
        <NoticeProvider>
          <App />
        </NoticeProvider>
      </ClientProvider>
    ) : (
      <MissingToken />
    )}
  </StrictMode>,
);
