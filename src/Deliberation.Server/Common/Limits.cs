namespace Deliberation.Server.Common;

/// <summary>The bounds the API enforces on input (documented in the protos and docs/api.md).</summary>
internal static class Limits
{
    public const int RequestIdLength = 128;
    public const int TitleLength = 300;
    public const int TextLength = 10_000;
    public const int Languages = 20;
    public const int VoterIdLength = 128;
}
