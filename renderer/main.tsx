import { createRoot } from 'react-dom/client';
import { AccountGate } from './accounts/AccountGate.tsx';
import { App } from './app/App.tsx';
import { CredentialsBanner } from './session/CredentialsBanner.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { TeamConnectHost } from './teamConnect/TeamConnectHost.tsx';

createRoot(document.getElementById('root')!).render(
  <I18nProvider>
    <CredentialsBanner />
    <TeamConnectHost />
    <AccountGate>
      <App />
    </AccountGate>
  </I18nProvider>,
);
