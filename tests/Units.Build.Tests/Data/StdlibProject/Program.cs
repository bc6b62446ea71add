using Shop.Composition;

Shop.Composition.Shop.Initialize();
Shop.Composition.Shop.Counter.Increment("apple");
Shop.Composition.Shop.Counter.Increment("pear");
foreach (var line in Shop.Composition.Shop.Journal.Lines()) Console.WriteLine(line);
Shop.Composition.Shop.Shutdown();
