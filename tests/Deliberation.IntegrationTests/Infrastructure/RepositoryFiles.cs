namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>Files of the repository that tests hold the engine to, such as the docs' tables.</summary>
public static class RepositoryFiles
{
    public static string Read(string relativePath)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Deliberation.sln"))) folder = folder.Parent;
        return File.ReadAllText(Path.Combine(folder?.FullName ?? throw new FileNotFoundException("No Deliberation.sln above the tests."), relativePath));
    }
}
