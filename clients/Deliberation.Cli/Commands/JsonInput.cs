using Google.Protobuf;

namespace Deliberation.Cli.Commands;

/// <summary>An API message written as proto3 JSON in a file, or on standard input for "-".</summary>
internal static class JsonInput
{
    public static async Task<T> ReadAsync<T>(string path, CancellationToken cancellationToken) where T : IMessage<T>, new()
    {
        string json;
        try
        {
            json = path == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputError($"cannot read {path}: {e.Message}");
        }
        try
        {
            return JsonParser.Default.Parse<T>(json);
        }
        catch (IOException e) // the parser's errors: malformed JSON, or fields the message does not have
        {
            throw new InputError($"{path} is not a {typeof(T).Name} in JSON: {e.Message}");
        }
    }
}
