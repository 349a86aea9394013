import './quiet-token-errors';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botbuilder';
import type { Config } from '../config';
import { CachingAuthentication } from './client-cache';

/**
 * CloudAdapter, with its request handling exposed: CloudAdapter.process answers
 * some failures with 500 and the SDK's error text, which the server must not send.
 */
export class ToolkitAdapter extends CloudAdapter {
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** The Bot Framework adapter. With no MicrosoftAppId (local mode) it checks no tokens. */
export function createAdapter(config: Config): ToolkitAdapter {
  // The SDK insists on an app id for SingleTenant, so local mode passes no identity at all.
  const identity = config.MicrosoftAppId
    ? {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      }
    : {};
  const auth = new ConfigurationBotFrameworkAuthentication({
    ...identity,
    // Overriding one endpoint makes the SDK drop every public-cloud default, so all are restated.
    ...(config.BotOpenIdMetadata
      ? {
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: config.BotOpenIdMetadata,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {}),
  });
  return new ToolkitAdapter(new CachingAuthentication(auth));
}
