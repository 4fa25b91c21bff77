// The commands write to Console.Out/Error, which the tests redirect: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
