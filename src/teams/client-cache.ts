import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

const MAX_CLIENTS = 64;

/** A bounded map of promised clients; a failed creation is dropped so the next turn tries again. */
class ClientPool<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    let client = this.clients.get(key);
    if (!client) {
      client = create();
      client.catch(() => this.clients.delete(key));
      // Service URLs come from a short list per cloud; the bound only guards against a flood.
      if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
      this.clients.set(key, client);
    }
    return client;
  }
}

function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/**
 * The SDK's authentication, keeping the HTTP clients it hands out. CloudAdapter builds a
 * new connector client and a new user-token client (each with its own HTTP pipeline and
 * socket pool) on every turn: under load that was the largest single cost of a reply.
 * The older BotFrameworkAdapter kept them per identity and service URL in the same way.
 * A client holds no turn data; its credentials fetch and cache their own tokens.
 * Checking tokens is untouched: every request is still authenticated by the SDK.
 */
export class CachingAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new ClientPool<ConnectorClient>();
  private readonly tokenClients = new ClientPool<UserTokenClient>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.keepFactoryOf(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.keepFactoryOf(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return this.keep(this.inner.createConnectorFactory(identity), identity);
  }

  createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(identity), () => this.inner.createUserTokenClient(identity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private keepFactoryOf(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.keep(result.connectorFactory, result.claimsIdentity) } : result;
  }

  private keep(inner: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    const pool = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return pool.get(JSON.stringify([appId, serviceUrl, audience ?? '']), () => inner.create(serviceUrl, audience));
      }
    })();
  }
}
