using System.IO;
using NUnit.Framework;

namespace LibSsl.Tests.Support;

internal static class RepoPaths
{
    /// <summary>The repository root: the first directory above the test assembly holding libssl/Symbols.list.</summary>
    public static string Root
    {
        get
        {
            for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "libssl", "Symbols.list")))
                    return d.FullName;
            }
            Assert.Fail("libssl/Symbols.list not found above " + TestContext.CurrentContext.TestDirectory);
            return null!;
        }
    }
}
