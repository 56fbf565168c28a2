using System.Text.Json;

namespace Deliberation.Cli;

/// <summary>What delib remembers between runs: the server it signed in to and the token it got there.</summary>
internal sealed record Profile(string Server, string Token)
{
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("DELIB_PROFILE") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "delib", "profile.json");

    public static Profile? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<Profile>(File.ReadAllText(path)) : null;

    /// <summary>Saved readable by its owner only, from the moment the file exists: the token is a credential.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(path, options);
        writer.Write(JsonSerializer.Serialize(this));
    }
}
