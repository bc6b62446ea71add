// The composed systems hold static state: these tests run one at a time.
[assembly: DoNotParallelize]
