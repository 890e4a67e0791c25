// What @actions/core's OIDC client needs of @actions/http-client, loading the real package (and undici
// behind it, most of a bundle's start-up) on the first token request instead of at start-up.
export class HttpClient {
  constructor(...options) {
    this.options = options;
  }

  async getJson(...request) {
    const { HttpClient: Client } = await import("@actions/http-client");
    return new Client(...this.options).getJson(...request);
  }
}
