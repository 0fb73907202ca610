import { createContext, useContext, type ReactNode } from 'react';
import type { Client } from './client';

const ClientContext = createContext<Client | null>(null);

/** Hands the one API client to every component below it. */
export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() needs a <ClientProvider> above it.');
  return client;
}
